#include <ebur128.h>

/// Mode flags for ebur128_init: integrated loudness and loudness range, with optional histogram (constant memory)
/// and true peak (libebur128's own, slow; used only as a reference in tests). Sample peak is left to Swift: in
/// libebur128 it costs about a third of the loudness scan, a vectorised pass a few percent.
/// The C enum is imported as a struct, so the flags are combined here.
static inline int podwright_ebur128_mode(int histogram, int true_peak) {
    int mode = EBUR128_MODE_I | EBUR128_MODE_LRA;
    if (histogram) mode |= EBUR128_MODE_HISTOGRAM;
    if (true_peak) mode |= EBUR128_MODE_TRUE_PEAK;
    return mode;
}
