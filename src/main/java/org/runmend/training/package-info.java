/**
 * Training load and injury-risk context from a runner's log: weekly distance and time, single-run
 * distance spikes (Frandsen et al. 2025), the acute:chronic workload ratio shown as context only,
 * monotony and strain (Foster 1998), rest days, shoe wear, surface mix and warm-ups.
 *
 * <p>Plain Java: no HTTP, storage or terminal. Build a {@link org.runmend.training.TrainingLog}
 * from stored runs and shoes and call {@link org.runmend.training.TrainingLog#report}; "today" is
 * always passed in, never read from the clock, so a report is reproducible.
 *
 * <p>Each {@link org.runmend.training.Flag} names the knowledge-base cause entry it maps to and the
 * contract context finding it pre-answers; {@link org.runmend.training.LoadReport#contextFindings()}
 * gives the pain check the answers the data can support, and leaves out the rest.
 */
package org.runmend.training;
