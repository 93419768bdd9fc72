package org.runmend.activity;

import java.util.Locale;

/**
 * The distance unit a runner reads figures in: kilometres or statute miles. Everything is stored
 * in metres; only what is shown changes.
 */
public enum Units {
    KM("km", "kilometre", 1000.0),
    MI("mi", "mile", 1609.344);

    private final String symbol;
    private final String word;
    private final double metres;

    Units(String symbol, String word, double metres) {
        this.symbol = symbol;
        this.word = word;
        this.metres = metres;
    }

    /** "km" or "mi", as stored and as typed on the command line. */
    public String symbol() {
        return symbol;
    }

    /** "kilometre" or "mile". */
    public String word() {
        return word;
    }

    /** Metres in one unit: 1000 or 1609.344. */
    public double metres() {
        return metres;
    }

    /** The distance in this unit. */
    public double of(Distance d) {
        return d.metres() / metres;
    }

    /** "min/km" or "min/mi". */
    public String paceUnit() {
        return "min/" + symbol;
    }

    /** "km/h" or "mph". */
    public String speedUnit() {
        return this == KM ? "km/h" : "mph";
    }

    /**
     * A height (climb, descent, elevation) in this unit system's height unit: metres with
     * kilometres, feet (0.3048 m, exact by the 1959 international yard) with miles. One rule, so a
     * runner who reads miles never meets metres of climbing.
     */
    public double height(double metres) {
        return this == KM ? metres : metres / FOOT_METRES;
    }

    /** "m" or "ft": the symbol of {@link #height}. */
    public String heightSymbol() {
        return this == KM ? "m" : "ft";
    }

    /** "metres" or "feet", for sentences. */
    public String heightWord() {
        return this == KM ? "metres" : "feet";
    }

    /** One international foot in metres. */
    public static final double FOOT_METRES = 0.3048;

    /** Speed in this unit per hour from metres per second. */
    public double speed(double metresPerSecond) {
        return metresPerSecond * 3600 / metres;
    }

    /**
     * "km" or "mi" (also "miles", "mile", "kilometres", any case) to a unit.
     *
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static Units parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers" -> KM;
            case "mi", "mile", "miles" -> MI;
            default -> throw new IllegalArgumentException("units must be km or mi (you gave \"" + value + "\")");
        };
    }
}
