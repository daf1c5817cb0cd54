// ImageMagick 6's MagickWand API (Debian libmagickwand-6.q16-dev): reading, cropping, scaling and writing the
// show and episode artwork.
//
// MagickWand.pc passes the build's HDRI and quantum-depth choices as -D flags, which SwiftPM does not take from
// pkg-config; they are set here instead, as Debian's Q16 package (libmagickwand-6.q16) was built: 16-bit, no HDRI.
//
// ImageMagick's magick-baseconfig.h defines _GNU_SOURCE, which changes what glibc's headers declare (fd_set's field
// names among them). Included first here, the system headers are read as every other module reads them, so a clean
// build does not find two different definitions of fd_set (this module's and Dispatch's).
#include <sys/types.h>
#include <sys/select.h>
#include <sys/time.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <pthread.h>
#include <stdarg.h>
#include <unistd.h>

#define MAGICKCORE_HDRI_ENABLE 0
#define MAGICKCORE_QUANTUM_DEPTH 16
#include <wand/MagickWand.h>

// The exception text of a wand, or NULL when there is none; the caller frees it with MagickRelinquishMemory.
static inline char *podwright_wand_error(MagickWand *wand) {
    ExceptionType severity;
    return MagickGetException(wand, &severity);
}
