package org.runmend.intake;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a story states in words or digits: how long ("a couple of weeks", "3 months",
 * "since Saturday", "yesterday"), how bad ("6/10", "about a 6"), how old ("I'm 34", "52F",
 * "a 45 year old"), which sex ("34F", "as a woman", "my periods"). Each is read only where the
 * story says it; vague amounts count as the contract's dev stories count them ("a couple" = 2,
 * "a few" = 3, "several" = 4).
 */
final class Numbers {
    /** A value and the words it came from. */
    record Read<T>(T value, String text) {}

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("couple", 2),
            Map.entry("a couple", 2),
            Map.entry("a couple of", 2),
            Map.entry("couple of", 2),
            Map.entry("few", 3),
            Map.entry("a few", 3),
            Map.entry("several", 4),
            Map.entry("a good few", 4),
            Map.entry("a number of", 3),
            Map.entry("two or three", 3),
            Map.entry("2 or 3", 3),
            Map.entry("2-3", 3),
            Map.entry("3-4", 4),
            Map.entry("a handful of", 4));
    private static final String AMOUNT =
            "(\\d{1,3}(?:\\.5)?|a couple of|a couple|couple of|a good few|a few|few|several|a number of"
                    + "|two or three|2 or 3|2-3|3-4|a handful of|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final String UNIT = "(days?|nights?|weeks?|wks?|months?|mths?|years?|yrs?|fortnights?)";
    /** Where a unit of time stands; the amount and its cue are then looked for just before it. */
    private static final Pattern UNIT_AT = Pattern.compile("\\b" + UNIT + "\\b");

    private static final Pattern SPAN = Pattern.compile(
            "(?<!\\d[ -])(?<cue>\\b(?:for|past|last|over|since|about|around|almost|nearly|roughly|over the|for the past|for about|in the last|the last)\\s+)?"
                    + "(?:(?:about|around|almost|nearly|roughly|over|under|just over|just under|maybe|like|probably|at least)\\s+)?"
                    + "\\b(?<amount>" + AMOUNT + ")\\s*-?\\s*(?<unit>" + UNIT + ")"
                    + "\\b(?<after>(?:\\s+or\\s+so)?\\s*(?:ago|now|away|off|time|later|in|old|of|out|until|till|to go|before|'s)?)");
    private static final Pattern RATE_BEFORE = Pattern.compile(
            "\\b(?:miles?|mi|km|k|kms|times|x|runs?|sessions?|days|\\d+)\\s*(?:per|each|every|/)?\\s*$");
    private static final Pattern SINCE_DAY = Pattern.compile(
            "\\b(?:since|on|last)\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(yesterday|last night|this morning|this afternoon|this evening|today|tonight|an hour ago|hours ago|a few hours ago"
                    + "|this week|last week|last weekend|this month|last month|a week or so|a fortnight|the weekend)\\b");
    private static final Pattern SCORE =
            Pattern.compile("\\b(\\d{1,2}(?:\\.5)?)\\s*(?:/|out of|outta)\\s*(?:10|ten)\\b");
    private static final Pattern SCORE_WORD = Pattern.compile(
            "\\b(?:about|around|maybe|like|probably|roughly|solid|at least|at most|pain is|it's|its|pain's|pain at|a good)\\s+an?\\s+(\\d{1,2})(?![\\d.,]*\\s*(?:k\\b|km|kms|mi\\b|miles?|min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?|x\\b|%|'|th\\b|st\\b|nd\\b|rd\\b|am\\b|pm\\b|ish|-|\\.\\d|\\s*(?:mile|k|km|minute|hour|day|week|month|year|times)))");
    private static final Pattern AGE = Pattern.compile(
            "(?:\\b(?:i'm|im|i am|aged|age)\\s+(?:now\\s+|only\\s+|a\\s+)?(\\d{1,2})\\b(?!\\s*(?:k\\b|km|mi\\b|miles?|min|mins|minutes?|hours?|days?|weeks?|months?|%|weeks|x|/|th\\b|'))"
                    + "|\\b(\\d{1,2})\\s*-?\\s*(?:years?|yrs?|yr)\\s*-?\\s*old\\b|\\b(\\d{1,2})\\s*yo\\b|\\b(\\d{1,2})\\s*-?\\s*(?:m|f)\\b(?=[\\s,.)!?]|$)"
                    + "|^\\s*(\\d{1,2})\\s*(?:,|and\\b|\\.)|\\b[a-z]{2,},\\s*(\\d{1,2})\\s*[.,]|\\((\\d{1,2})\\s*[mf]?\\))");
    private static final Pattern FEMALE = Pattern.compile(
            "\\b(?:\\d{1,2}\\s*-?\\s*f|i'm a woman|i am a woman|as a woman|woman|female|girl|my periods?|periods have|period is late|missed (?:a |my )?period|pregnant|on the pill|menopaus\\w*|postmenopausal|mum of|mom of|as a mum|as a mom|i'm a mum|i'm a mom|(?:year old|years old|yo|yr old)\\s+(?:woman|female|lady|girl|mum|mom))\\b");
    private static final Pattern MALE = Pattern.compile(
            "\\b(?:\\d{1,2}\\s*-?\\s*m|i'm a man|i am a man|as a man|as a guy|i'm a guy|male|i'm a boy|boy|testicles?|scrotum|dad of|as a dad|i'm a dad|(?:year old|years old|yo|yr old)\\s+(?:man|male|guy|bloke|lad|boy|dad))\\b");

    private Numbers() {}

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /**
     * How many days the pain has lasted: the span with the surest cue ("for", "since", "past",
     * "been") wins over a bare "two weeks ago", which wins over a bare amount; an amount that is a
     * rate ("45 miles a week"), ahead ("a race in 3 weeks", "2 weeks away") or a break ("a year off")
     * is not a duration.
     */
    static Optional<Read<Integer>> duration(String text, LocalDate today) {
        String t = lower(text);
        Read<Integer> best = null;
        int bestRank = -1;
        Matcher u = UNIT_AT.matcher(t);
        while (u.find()) {
            int from = Math.max(0, u.start() - 60);
            Matcher m = SPAN.matcher(t).region(from, Math.min(t.length(), u.end() + 20));
            m.useTransparentBounds(true);
            boolean found = false;
            while (m.find()) {
                if (m.start("unit") == u.start()) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                continue;
            }
            String after = m.group("after").strip();
            String before = t.substring(Math.max(0, m.start() - 30), m.start());
            if (after.startsWith("away")
                    || after.startsWith("off")
                    || after.startsWith("old")
                    || after.startsWith("time")
                    || after.startsWith("later")
                    || after.startsWith("of")
                    || after.startsWith("out")
                    || after.startsWith("to go")
                    || after.startsWith("'s")
                    || after.startsWith("until")
                    || after.startsWith("till")
                    || after.startsWith("before")
                    || before.matches("(?s).*\\b(?:in|within|next|every|each|per|after|race in|marathon in)\\s*$")
                    || RATE_BEFORE.matcher(before).find()) {
                continue;
            }
            Integer n = amount(m.group("amount"));
            if (n == null) {
                continue;
            }
            int days = n * unitDays(m.group("unit"));
            int rank = m.group("cue") != null ? 3 : after.startsWith("ago") || after.startsWith("now") ? 2 : 1;
            String near = t.substring(Math.max(0, m.start() - 20), m.start());
            if (near.matches("(?s).*\\b(?:been|had it|had this|hurt|ached?|sore|going on)\\b.*")) {
                rank = Math.max(rank, 3);
            }
            if (rank > bestRank) {
                bestRank = rank;
                best = new Read<>(days, text.substring(m.start(), m.end()).strip());
            }
        }
        if (bestRank >= 2) {
            return Optional.of(best);
        }
        if (!anyOf(
                t,
                "day",
                "night",
                "morning",
                "afternoon",
                "evening",
                "tonight",
                "hour",
                "week",
                "month",
                "fortnight")) {
            return Optional.ofNullable(best);
        }
        Matcher d = SINCE_DAY.matcher(t);
        if (d.find() && today != null) {
            DayOfWeek day = DayOfWeek.valueOf(d.group(1).toUpperCase(Locale.ROOT));
            int back = (today.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
            return Optional.of(new Read<>(back == 0 ? 7 : back, text.substring(d.start(), d.end())));
        }
        Matcher r = RELATIVE.matcher(t);
        if (r.find()) {
            int days = switch (r.group(1)) {
                case "yesterday", "last night" -> 1;
                case "this week", "the weekend" -> 3;
                case "last week", "a week or so", "last weekend" -> 7;
                case "a fortnight" -> 14;
                case "this month" -> 14;
                case "last month" -> 30;
                default -> 0;
            };
            return Optional.of(new Read<>(days, text.substring(r.start(), r.end())));
        }
        return Optional.ofNullable(best);
    }

    /** Whether any of the words occurs in the text: a cheap test before a costly pattern. */
    static boolean anyOf(String text, String... words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Integer amount(String s) {
        String v = s.strip();
        if (v.matches("\\d{1,3}(\\.5)?")) {
            return (int) Math.round(Double.parseDouble(v));
        }
        return WORDS.get(v);
    }

    private static int unitDays(String unit) {
        if (unit.startsWith("fortnight")) {
            return 14;
        }
        if (unit.startsWith("w")) {
            return 7;
        }
        if (unit.startsWith("m")) {
            return 30;
        }
        if (unit.startsWith("y")) {
            return 365;
        }
        return 1;
    }

    /** A pain score stated as "6/10", "6 out of 10" or "about a 6". */
    static Optional<Read<Integer>> painScore(String text) {
        String t = lower(text);
        if (!hasDigit(t)) {
            return Optional.empty();
        }
        Matcher m = SCORE.matcher(t);
        if (m.find()) {
            int v = (int) Math.round(Double.parseDouble(m.group(1)));
            if (v <= 10) {
                return Optional.of(new Read<>(v, text.substring(m.start(), m.end())));
            }
        }
        Matcher w = SCORE_WORD.matcher(t);
        while (w.find()) {
            int v = Integer.parseInt(w.group(1));
            if (v <= 10) {
                return Optional.of(new Read<>(v, text.substring(w.start(), w.end())));
            }
        }
        return Optional.empty();
    }

    /** The runner's age, between 5 and 100, as stated. */
    static Optional<Read<Integer>> age(String text) {
        String t = lower(text);
        if (!hasDigit(t)) {
            return Optional.empty();
        }
        Matcher m = AGE.matcher(t);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    int v = Integer.parseInt(m.group(g));
                    if (v >= 5 && v <= 100) {
                        return Optional.of(
                                new Read<>(v, text.substring(m.start(), m.end()).strip()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** female or male where the story says so; nothing when it says both or neither. */
    static Optional<Read<String>> sex(String text) {
        String t = lower(text);
        if (!hasDigit(t)
                && !anyOf(
                        t,
                        "woman",
                        "female",
                        "girl",
                        "period",
                        "pregnan",
                        "pill",
                        "menopaus",
                        "mum",
                        "mom",
                        "lady",
                        "man",
                        "male",
                        "guy",
                        "boy",
                        "testic",
                        "scrotum",
                        "dad",
                        "bloke",
                        "lad")) {
            return Optional.empty();
        }
        Matcher f = FEMALE.matcher(t);
        Matcher m = MALE.matcher(t);
        boolean isF = f.find();
        boolean isM = m.find();
        if (isF == isM) {
            return Optional.empty();
        }
        Matcher hit = isF ? f : m;
        return Optional.of(new Read<>(isF ? "female" : "male", text.substring(hit.start(), hit.end())));
    }
}
