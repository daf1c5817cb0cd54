#include <soxr.h>

/// SOXR_VHQ / SOXR_HQ are macros built from other macros, which Swift does not import.
static inline unsigned long podwright_soxr_very_high_quality(void) { return SOXR_VHQ; }
static inline unsigned long podwright_soxr_high_quality(void) { return SOXR_HQ; }

/// A resampler for interleaved 32-bit floats in and out.
static inline soxr_t podwright_soxr_create_float(double input_rate, double output_rate, unsigned channels,
                                                 unsigned long recipe, soxr_error_t *error) {
    soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    soxr_quality_spec_t quality = soxr_quality_spec(recipe, 0);
    return soxr_create(input_rate, output_rate, channels, error, &io, &quality, NULL);
}
