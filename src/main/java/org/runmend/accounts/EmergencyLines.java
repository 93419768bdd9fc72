package org.runmend.accounts;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The number to call in an emergency, and the medical advice line where a country has one, by
 * country: what an urgent pain-check result offers to dial.
 *
 * <p>Numbers are the public ambulance or emergency numbers of each country (for the EU, 112 by
 * Council Decision 91/396/EEC; elsewhere the national service's own page) and the national
 * non-emergency health lines (NHS 111, 116117 in Germany and Finland, 1177 in Sweden, 1450 in
 * Austria, healthdirect in Australia, Healthline in New Zealand, HealthLink 811 in Canada). A
 * country not listed gets 112, which GSM mobile phones route to the local emergency service in
 * most of the world. Only countries whose numbers we could check are listed; a missing advice line
 * is shown as none, never guessed.
 */
public final class EmergencyLines {
    /**
     * One country's lines.
     *
     * @param region       ISO 3166 code, like {@code GB}
     * @param emergency    the number to dial for an ambulance
     * @param advice       the non-emergency medical advice line, or null where there is no national one
     * @param adviceName   what that line is called, or null
     */
    public record Line(String region, String emergency, String advice, String adviceName) {
        /** The country's name in English. */
        public String country() {
            return region.equals(FALLBACK_REGION)
                    ? "Anywhere else"
                    : new Locale.Builder().setRegion(region).build().getDisplayCountry(Locale.ENGLISH);
        }

        /** The number for a {@code tel:} link: digits only. */
        public static String dial(String number) {
            return number.replaceAll("[^0-9+]", "");
        }
    }

    /** The code the list uses for "any other country" (112 on a mobile phone). */
    public static final String FALLBACK_REGION = "ZZ";

    private static final Line FALLBACK = new Line(FALLBACK_REGION, "112", null, null);

    private static final List<Line> LINES = List.of(
            new Line("GB", "999", "111", "NHS 111"),
            new Line("IE", "112", null, null),
            new Line("US", "911", null, null),
            new Line("CA", "911", "811", "HealthLink 811"),
            new Line("AU", "000", "1800 022 222", "healthdirect"),
            new Line("NZ", "111", "0800 611 116", "Healthline"),
            new Line("DE", "112", "116117", "the on-call doctors' service 116117"),
            new Line("AT", "112", "1450", "the health line 1450"),
            new Line("CH", "144", null, null),
            new Line("FR", "15", null, null),
            new Line("BE", "112", "1733", "the on-call doctor line 1733"),
            new Line("NL", "112", null, null),
            new Line("LU", "112", null, null),
            new Line("ES", "112", null, null),
            new Line("PT", "112", "808 24 24 24", "SNS 24"),
            new Line("IT", "112", null, null),
            new Line("SE", "112", "1177", "1177 Vårdguiden"),
            new Line("NO", "113", "116117", "the out-of-hours service 116117"),
            new Line("DK", "112", null, null),
            new Line("FI", "112", "116117", "the medical helpline 116117"),
            new Line("PL", "112", null, null),
            new Line("CZ", "155", null, null),
            new Line("IN", "112", null, null),
            new Line("JP", "119", null, null),
            new Line("KR", "119", null, null),
            new Line("CN", "120", null, null),
            new Line("HK", "999", null, null),
            new Line("SG", "995", null, null),
            new Line("BR", "192", null, null),
            new Line("MX", "911", null, null),
            new Line("ZA", "112", null, null),
            new Line("IL", "101", null, null));

    /** A language without a country ("de", "fr") read as the country most of its speakers' browsers name. */
    private static final java.util.Map<String, String> LANGUAGE_HOME = java.util.Map.of(
            "de", "DE", "fr", "FR", "nl", "NL", "es", "ES", "it", "IT", "pt", "PT", "sv", "SE", "nb", "NO", "da", "DK",
            "fi", "FI");

    private EmergencyLines() {}

    /** Every listed country by name, then "anywhere else". */
    public static List<Line> all() {
        List<Line> sorted = new java.util.ArrayList<>(LINES);
        sorted.sort(Comparator.comparing(Line::country));
        sorted.add(FALLBACK);
        return List.copyOf(sorted);
    }

    /** The lines of a country code; the 112 fallback for one not listed or null. */
    public static Line of(String region) {
        if (region == null) {
            return FALLBACK;
        }
        String r = region.trim().toUpperCase(Locale.ROOT);
        return LINES.stream().filter(l -> l.region().equals(r)).findFirst().orElse(FALLBACK);
    }

    /** Whether the code is one the settings form offers. */
    public static boolean known(String region) {
        return region != null
                && (region.equals(FALLBACK_REGION)
                        || LINES.stream().anyMatch(l -> l.region().equals(region)));
    }

    /**
     * The country a browser's languages point to ({@code Accept-Language}, like
     * {@code "en-GB,en;q=0.9"}): the first language that names a country, else the home of a
     * language without one; empty when neither says.
     */
    public static Optional<String> regionOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (Locale.LanguageRange r : ranges) {
            Locale l = Locale.forLanguageTag(r.getRange());
            if (l.getCountry().length() == 2) {
                return Optional.of(l.getCountry().toUpperCase(Locale.ROOT));
            }
        }
        for (Locale.LanguageRange r : ranges) {
            String home = LANGUAGE_HOME.get(Locale.forLanguageTag(r.getRange()).getLanguage());
            if (home != null) {
                return Optional.of(home);
            }
        }
        return Optional.empty();
    }
}
