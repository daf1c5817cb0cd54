#include <pocketsphinx.h>
#include <sphinxbase/err.h>
#include <sphinxbase/ngram_model.h>
#include <sphinxbase/logmath.h>

/// cmd_ln_init is variadic, which Swift cannot call: a decoder configuration from the acoustic model folder,
/// the pronouncing dictionary and the sample rate, with PocketSphinx's own log kept quiet.
static inline cmd_ln_t *podwright_ps_config(const char *hmm, const char *dict, const char *samprate) {
    return cmd_ln_init(NULL, ps_args(), TRUE, "-hmm", hmm, "-dict", dict, "-samprate", samprate,
                       "-logfn", "/dev/null", "-bestpath", "yes", "-cmn", "batch", NULL);
}

/// Sets the pruning a search created next is made with. The free decode (`prune` true) keeps fewer hypotheses than
/// PocketSphinx's defaults and skips its second, flat-lexicon pass: on our benchmark takes this halves the time it
/// takes without changing a word heard or a verdict. The constrained alignment (`prune` false) keeps the defaults:
/// it is cheap, and word boundaries come from it.
static inline void podwright_ps_prune(cmd_ln_t *config, int prune) {
    cmd_ln_set_float_r(config, "-beam", prune ? 1e-40 : 1e-48);
    cmd_ln_set_float_r(config, "-pbeam", prune ? 1e-40 : 1e-48);
    cmd_ln_set_float_r(config, "-wbeam", prune ? 1e-24 : 7e-29);
    cmd_ln_set_boolean_r(config, "-fwdflat", !prune);
}

/// Silences sphinxbase's logging before any decoder exists (model loading logs to stderr by default).
static inline void podwright_ps_quiet(void) { err_set_logfp(NULL); }

/// The start and final states of a grammar are struct fields behind macros, which Swift does not import.
static inline void podwright_fsg_set_ends(fsg_model_t *fsg, int32 start, int32 final) {
    fsg->start_state = start;
    fsg->final_state = final;
}

/// The decoder's language weight (`-lw`), which scales grammar transition probabilities.
static inline float podwright_ps_language_weight(ps_decoder_t *ps) {
    return cmd_ln_float32_r(ps_get_config(ps), "-lw");
}

/// A language model that interpolates a general one and a small one of the script, so the free decode hears the
/// script's words more readily without being unable to hear anything else. Takes both references.
static inline ngram_model_t *podwright_lm_biased(cmd_ln_t *config, ngram_model_t *general, ngram_model_t *script,
                                                 float script_weight) {
    ngram_model_t *models[2] = {general, script};
    char *names[2] = {"general", "script"};
    float32 weights[2] = {1.0f - script_weight, script_weight};
    return ngram_model_set_init(config, models, names, weights, 2);
}
