// ImageMagick 6's MagickWand API (Debian libmagickwand-6.q16-dev): reading, cropping, scaling and writing the
// show and episode artwork.
//
// MagickWand.pc passes the build's HDRI and quantum-depth choices as -D flags, which SwiftPM does not take from
// pkg-config; they are set here instead, as Debian's Q16 package (libmagickwand-6.q16) was built: 16-bit, no HDRI.
#define MAGICKCORE_HDRI_ENABLE 0
#define MAGICKCORE_QUANTUM_DEPTH 16
#include <wand/MagickWand.h>

// The exception text of a wand, or NULL when there is none; the caller frees it with MagickRelinquishMemory.
static inline char *podwright_wand_error(MagickWand *wand) {
    ExceptionType severity;
    return MagickGetException(wand, &severity);
}
