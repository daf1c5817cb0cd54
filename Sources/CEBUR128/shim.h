#include <ebur128.h>

/// Mode flags for ebur128_init. Podwright needs only momentary mode: libebur128 K-weights the audio and Swift reads
/// 100 ms energies from it and gates them itself (exactly, in constant memory). Library gating (integrated loudness
/// and range, kept as exact block lists) and libebur128's own true peak serve as references in tests. Sample peak is
/// left to Swift: in libebur128 it costs about a third of the scan. The C enum is imported as a struct, so the flags
/// are combined here.
static inline int podwright_ebur128_mode(int library_gating, int true_peak) {
    int mode = EBUR128_MODE_M;
    if (library_gating) mode |= EBUR128_MODE_I | EBUR128_MODE_LRA;
    if (true_peak) mode |= EBUR128_MODE_TRUE_PEAK;
    return mode;
}
