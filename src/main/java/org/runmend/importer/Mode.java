package org.runmend.importer;

/**
 * What to do when a file needs repair (times going backwards, GPS spikes, points without a
 * time, a damaged or cut-off FIT file). Modelled on jpx's {@code Reader.Mode}.
 */
public enum Mode {
    /** Refuse the file with a {@link BadContentException} naming the problem. */
    STRICT,
    /** Repair what can be repaired, keep what came before the damage, and record a warning. */
    LENIENT
}
