#include <stddef.h>
#include <speex/speex_preprocess.h>

/// The preprocessor as a speech denoiser only: noise suppression on, automatic gain, voice detection and
/// dereverberation off, suppression limited to `suppress_db` (negative, e.g. -30).
static inline SpeexPreprocessState *podwright_speex_denoiser(int frame_size, int sample_rate, int suppress_db) {
    SpeexPreprocessState *state = speex_preprocess_state_init(frame_size, sample_rate);
    if (state == NULL) return NULL;
    int on = 1, off = 0;
    speex_preprocess_ctl(state, SPEEX_PREPROCESS_SET_DENOISE, &on);
    speex_preprocess_ctl(state, SPEEX_PREPROCESS_SET_AGC, &off);
    speex_preprocess_ctl(state, SPEEX_PREPROCESS_SET_VAD, &off);
    speex_preprocess_ctl(state, SPEEX_PREPROCESS_SET_DEREVERB, &off);
    speex_preprocess_ctl(state, SPEEX_PREPROCESS_SET_NOISE_SUPPRESS, &suppress_db);
    return state;
}
