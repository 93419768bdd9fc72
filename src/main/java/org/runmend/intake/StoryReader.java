package org.runmend.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runmend.intake.Lexicon.Trigger;
import org.runmend.intake.Tokens.Token;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Region;

/**
 * Reads a runner's story: which findings it states or denies, where it hurts and on which side,
 * how long, how bad, age and sex. Pure and thread-safe; knows nothing of HTTP.
 *
 * <p><b>Words.</b> The story and every phrase of the {@link Lexicon} go through one
 * {@link StoryAnalyzer} (Lucene: UAX #29 words, possessives, lower case, folding, spellings,
 * Porter stems), filler words left out; a word the lexicon does not know is put right by the
 * {@link Speller} when it is one or two edits from one it does. A phrase matches its words in
 * order, next to each other, or with up to {@value #MAX_GAP} words between where it writes
 * "...", within one sentence and never across a comma or a terminator ("but"). Within one finding the longer phrase wins; a phrase inside a longer
 * phrase of another finding gives way to it ("numb bum" is saddle numbness, not only numbness).
 *
 * <p><b>Negation, hedges, history.</b> Each finding found is then placed by the ConText
 * algorithm (Harkema H, Dowling JN, Thornblade T, Chapman WW. ConText: an algorithm for
 * determining negation, experiencer, and temporal status from clinical reports. J Biomed Inform
 * 2009;42(5):839-851), the successor of NegEx (Chapman WW, Bridewell W, Hanbury P, Cooper GF,
 * Buchanan BG. A simple algorithm for identifying negated findings and diseases in discharge
 * summaries. J Biomed Inform 2001;34(5):301-310), with the trigger lists of the lexicon: a
 * pre-negation trigger ("no", "never", "didn't") negates findings up to {@value #WINDOW} words
 * after it and a post-negation trigger ("is fine", "doesn't hurt") those before it, unless a
 * terminator ("but", "although") or the end of the sentence comes between; pseudo-triggers
 * ("not sure", "no better") are not triggers. As in NegEx, a comma ends a scope too, except in a
 * list of findings ("no numbness, tingling or weakness"). A hedge ("maybe", "not sure if") leaves
 * the finding unknown; a sentence in a past that is over ("last year", "years ago") states
 * nothing about today, except for findings that are history by nature (a past stress fracture).
 */
public final class StoryReader {
    /** The longest story read, in characters (case.schema.json: story maxLength). */
    public static final int MAX_LENGTH = 4000;
    /** NegEx's scope: a trigger reaches this many words. */
    static final int WINDOW = 6;
    /** Words a phrase's "..." may skip. */
    static final int MAX_GAP = 3;

    private static final Pattern GAP = Pattern.compile("\\.\\.\\.");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private enum ConceptKind {
        FINDING,
        REGION,
        TRIGGER,
        PAIN
    }

    /** What a phrase says: for a finding, present, absent or neither (value 1, 0, -1); for a region its weight. */
    private record Concept(ConceptKind kind, String id, boolean present, boolean past, Trigger trigger, int value) {
        boolean neutral() {
            return kind == ConceptKind.FINDING && value < 0;
        }
    }

    private record Phrase(String[] terms, boolean[] gapBefore, Concept concept) {}

    private record Span(int from, int to, Phrase phrase) {
        boolean contains(Span o) {
            return from <= o.from && to >= o.to && (to - from) > (o.to - o.from);
        }
    }

    private static final Pattern SIDE = Pattern.compile(
            "\\b(left|right|both|either|each)\\s+(?:(?:of\\s+)?(?:my|the)\\s+)?(?:(?:big|little|lower|upper|inner|outer|inside|outside|front|back|middle|top|bottom|hind|leg)\\s+)*"
                    + "(feet|foot|heels?|ankles?|knees?|legs?|calf|calves|shins?|thighs?|hips?|buttocks?|butt|bum|glutes?|hamstrings?|quads?|toes?|achilles|arch(?:es)?|sides?|groin|testicle|ball|sit\\s*bones?|sitting\\s*bones?|kneecaps?|it\\s*band|itb|hamstring|achilles)\\b"
                    + "|\\bon\\s+(?:the|my)\\s+(left|right)(?:\\s+side)?\\b|\\b(left|right)-(?:sided|side)\\b");

    /** "My calves", "my feet": a pair named in the plural, where no side is named, is both sides. */
    private static final Pattern PLURAL = Pattern.compile(
            "\\b(?:my|both)\\s+(?:(?:inner|outer|lower|upper|front|back|whole)\\s+)?(feet|heels|calves|shins|knees|ankles|hamstrings|quads|thighs|hips|legs|arches|achilles tendons|buttocks|glutes)\\b(?!\\s+together)");

    private final StoryAnalyzer analyzer;
    private final Set<String> fillers;
    private final Map<String, List<Phrase>> byFirst = new HashMap<>();
    private final Speller speller;
    private final Map<String, Set<String>> signRegions;
    /** One-word scope terminators ("but", "although"): a phrase's "..." does not reach across them. */
    private final Set<String> stops;

    public StoryReader(Lexicon lexicon) {
        this(lexicon, Map.of());
    }

    /**
     * A reader that reads a sign only where the knowledge uses it: {@code signRegions} maps a
     * finding of the group "sign" to the regions where a condition lists it ("catches" is a knee
     * that locks in the knee, a hip that catches at the hip). Patterns, context and red flags are
     * read everywhere, and so is a sign a triage floor uses (limping): a red flag never depends on the region.
     */
    public StoryReader(Lexicon lexicon, Map<String, Set<String>> signRegions) {
        this.signRegions = Map.copyOf(signRegions);
        this.analyzer = StoryAnalyzer.withSpellings(lexicon.spellings());
        Set<String> f = new HashSet<>();
        for (String w : lexicon.fillers()) {
            f.addAll(Tokens.terms(w, analyzer, null));
        }
        this.fillers = Set.copyOf(f);
        Map<String, String> words = new HashMap<>();
        lexicon.findings().forEach((id, w) -> {
            w.present().forEach(p -> add(p, new Concept(ConceptKind.FINDING, id, true, w.past(), null, 0), words));
            w.absent().forEach(p -> add(p, new Concept(ConceptKind.FINDING, id, false, w.past(), null, 0), words));
            w.neither().forEach(p -> add(p, new Concept(ConceptKind.FINDING, id, false, w.past(), null, -1), words));
        });
        lexicon.regions()
                .forEach((id, ps) -> ps.forEach(p -> {
                    boolean weak = p.startsWith("~");
                    add(
                            weak ? p.substring(1) : p,
                            new Concept(ConceptKind.REGION, id, true, true, null, weak ? 1 : 2),
                            words);
                }));
        lexicon.context()
                .forEach((t, ps) ->
                        ps.forEach(p -> add(p, new Concept(ConceptKind.TRIGGER, t.key(), true, true, t, 0), words)));
        lexicon.painWords()
                .forEach((p, v) -> add(p, new Concept(ConceptKind.PAIN, "painScore", true, false, null, v), words));
        Set<String> stopWords = new HashSet<>();
        for (String t : lexicon.context().get(Trigger.TERMINATOR)) {
            List<String> terms = Tokens.terms(t, analyzer, fillers);
            if (terms.size() == 1) {
                stopWords.add(terms.get(0));
            }
        }
        this.stops = Set.copyOf(stopWords);
        Set<String> known = new HashSet<>(fillers);
        byFirst.values().forEach(l -> l.forEach(ph -> known.addAll(List.of(ph.terms()))));
        this.speller = new Speller(words, known);
    }

    /** One reader per knowledge base: building one takes a second or two (every phrase analysed, every long word's automaton). */
    private static final Map<KnowledgeBase, StoryReader> BUILT =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * The reader of the bundled lexicon, checked against the knowledge base; made once for a
     * knowledge base and shared after (the reader keeps no state between stories).
     */
    public static StoryReader bundled(KnowledgeBase kb) {
        return BUILT.computeIfAbsent(kb, StoryReader::build);
    }

    private static StoryReader build(KnowledgeBase kb) {
        Map<String, Set<String>> signs = new HashMap<>();
        Set<String> onFloors = new HashSet<>();
        kb.triageFloors().forEach(floor -> onFloors.addAll(floor.findings()));
        for (Finding f : kb.findings()) {
            if ("sign".equals(f.group()) && !onFloors.contains(f.id())) {
                Set<String> where = new HashSet<>();
                for (Region r : kb.regions()) {
                    if (kb.conditionsIn(r.id()).stream()
                            .anyMatch(c -> c.likelihoods().containsKey(f.id()))) {
                        where.add(r.id());
                    }
                }
                signs.put(f.id(), where);
            }
        }
        return new StoryReader(Lexicon.bundled(kb), signs);
    }

    /** The analyzer the reader uses, for other searches over a runner's words (the guide search). */
    public StoryAnalyzer analyzer() {
        return analyzer;
    }

    private void add(String phrase, Concept concept, Map<String, String> words) {
        List<String> terms = new ArrayList<>();
        List<Boolean> gaps = new ArrayList<>();
        boolean gap = false;
        for (String part : GAP.split(phrase, -1)) {
            for (String w : WHITESPACE.split(part.strip(), -1)) {
                if (w.isBlank()) {
                    continue;
                }
                List<String> t = Tokens.terms(w, analyzer, fillers);
                for (String s : t) {
                    terms.add(s);
                    gaps.add(gap);
                    gap = false;
                }
                if (t.size() == 1) {
                    words.putIfAbsent(w.toLowerCase(java.util.Locale.ROOT), t.get(0));
                }
            }
            gap = true;
        }
        if (terms.isEmpty()) {
            return;
        }
        boolean[] g = new boolean[gaps.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = gaps.get(i) && i > 0;
        }
        byFirst.computeIfAbsent(terms.get(0), k -> new ArrayList<>())
                .add(new Phrase(terms.toArray(String[]::new), g, concept));
    }

    /** Reads a story told today (UTC date unknown: "since Saturday" is then not read). */
    public StoryReading read(String story) {
        return read(story, null, null);
    }

    /** Reads a story told on {@code today}, the region read from its words. */
    public StoryReading read(String story, LocalDate today) {
        return read(story, today, null);
    }

    /**
     * Reads a story; {@code today} places "since Saturday" and the like. A story longer than
     * {@link #MAX_LENGTH} is refused; an empty one, or one in which nothing is understood, gives
     * {@link StoryReading#nothing()}. {@code tapped}, the region the runner picked on the body
     * map, wins over the story's words; null reads the region from the words.
     */
    public StoryReading read(String story, LocalDate today, String tapped) {
        if (story == null || story.isBlank()) {
            return StoryReading.nothing();
        }
        if (story.length() > MAX_LENGTH) {
            throw new StoryTooLongException(story.length());
        }
        List<Token> tokens = Tokens.of(story, analyzer, fillers, speller);
        List<Span> spans = match(tokens);
        List<Span> findings = new ArrayList<>();
        List<Span> regions = new ArrayList<>();
        List<Span> triggers = new ArrayList<>();
        List<Span> pains = new ArrayList<>();
        for (Span s : spans) {
            switch (s.phrase().concept().kind()) {
                case FINDING -> findings.add(s);
                case REGION -> regions.add(s);
                case TRIGGER -> triggers.add(s);
                case PAIN -> pains.add(s);
                default -> throw new IllegalStateException();
            }
        }
        findings = longest(findings);
        regions = longest(regions);
        triggers = usableTriggers(triggers);

        List<StoryReading.Evidence> evidence = new ArrayList<>();
        Optional<String> region =
                tapped != null ? Optional.of(tapped) : region(regions, tokens, triggers, findings, story, evidence);
        Map<String, Boolean> stated = new LinkedHashMap<>();
        Map<String, String> words = new LinkedHashMap<>();
        Map<String, Integer> length = new HashMap<>();
        for (Span s : findings) {
            Concept c = s.phrase().concept();
            Status st = status(s, tokens, triggers, findings);
            if (c.neutral() || st.kind == Status.Is.UNKNOWN || (st.kind == Status.Is.PAST && !c.past())) {
                continue;
            }
            // A phrase that says "not so" holds its own negation: a trigger outside it does not turn it round.
            boolean value = c.present() ? st.kind != Status.Is.NEGATED : false;
            if (region.isPresent()
                    && signRegions.containsKey(c.id())
                    && !signRegions.get(c.id()).contains(region.get())) {
                continue;
            }
            Boolean before = stated.get(c.id());
            int len = s.to() - s.from();
            int beforeLen = length.getOrDefault(c.id(), -1);
            if (before == null || len > beforeLen || (len == beforeLen && !before && value)) {
                stated.put(c.id(), value);
                length.put(c.id(), len);
                words.put(c.id(), text(story, tokens, s, c.present() ? st.trigger : null));
            }
        }
        Optional<Numbers.Read<String>> side = side(story);
        side.ifPresent(s -> evidence.add(new StoryReading.Evidence("side", true, s.text())));
        if (side.isPresent() && side.get().value().equals("both") && !stated.containsKey("both-sides")) {
            stated.put("both-sides", true);
            words.put("both-sides", side.get().text());
        }
        Optional<Numbers.Read<Integer>> age = Numbers.age(story);
        age.ifPresent(a -> evidence.add(new StoryReading.Evidence("age", true, a.text())));
        Optional<Numbers.Read<String>> sex = Numbers.sex(story);
        sex.ifPresent(a -> evidence.add(new StoryReading.Evidence("sex", true, a.text())));
        Optional<Numbers.Read<Integer>> duration = Numbers.duration(story, today);
        duration.ifPresent(a -> evidence.add(new StoryReading.Evidence("durationDays", true, a.text())));
        Optional<Numbers.Read<Integer>> pain = Numbers.painScore(story);
        if (pain.isEmpty()) {
            for (Span p : pains) {
                Status st = status(p, tokens, triggers, findings);
                if (st.kind == Status.Is.PRESENT) {
                    pain = Optional.of(new Numbers.Read<>(p.phrase().concept().value(), text(story, tokens, p, null)));
                    break;
                }
            }
        }
        pain.ifPresent(a -> evidence.add(new StoryReading.Evidence("painScore", true, a.text())));
        stated.forEach((id, v) -> evidence.add(new StoryReading.Evidence(id, v, words.get(id))));
        return new StoryReading(
                region,
                side.map(Numbers.Read::value),
                age.map(Numbers.Read::value),
                sex.map(Numbers.Read::value),
                duration.map(Numbers.Read::value),
                pain.map(Numbers.Read::value),
                stated,
                evidence);
    }

    private List<Span> match(List<Token> tokens) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Phrase> candidates = byFirst.get(tokens.get(i).term());
            if (candidates == null) {
                continue;
            }
            for (Phrase p : candidates) {
                int end = matchAt(p, tokens, i);
                if (end >= 0) {
                    out.add(new Span(i, end, p));
                }
            }
        }
        return out;
    }

    private int matchAt(Phrase p, List<Token> tokens, int i) {
        int sentence = tokens.get(i).sentence();
        int j = i;
        for (int k = 1; k < p.terms().length; k++) {
            int limit = p.gapBefore()[k] ? MAX_GAP + 1 : 1;
            int found = -1;
            for (int n = j + 1; n <= j + limit && n < tokens.size(); n++) {
                Token t = tokens.get(n);
                if (t.sentence() != sentence || t.pauseBefore()) {
                    break;
                }
                if (t.term().equals(p.terms()[k])) {
                    found = n;
                    break;
                }
                if (stops.contains(t.term())) {
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            j = found;
        }
        return j;
    }

    /**
     * Within a finding, a phrase inside a longer one of the same finding gives way; a phrase
     * inside a longer phrase that states another finding gives way too ("numb bum").
     */
    private static List<Span> longest(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            boolean covered = false;
            for (Span o : spans) {
                if (o.contains(s)) {
                    boolean sameFinding = o.phrase()
                            .concept()
                            .id()
                            .equals(s.phrase().concept().id());
                    covered |= sameFinding
                            || o.phrase().concept().present()
                            || o.phrase().concept().neutral();
                }
            }
            boolean duplicate = out.stream()
                    .anyMatch(o -> o.from() == s.from()
                            && o.to() == s.to()
                            && o.phrase().concept().equals(s.phrase().concept()));
            if (!covered && !duplicate) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Triggers inside a longer trigger give way to it ("not" inside "not sure if"); what is left of
     * the pseudo-triggers then only hides what it covers, and is no trigger itself.
     */
    private static List<Span> usableTriggers(List<Span> triggers) {
        List<Span> out = new ArrayList<>();
        for (Span s : triggers) {
            boolean covered = triggers.stream().anyMatch(o -> o.contains(s));
            boolean pseudo = s.phrase().concept().trigger() == Trigger.PSEUDO;
            if (!covered && !pseudo) {
                out.add(s);
            }
        }
        return out;
    }

    /** Where a finding stands after ConText, and the trigger that placed it. */
    private record Status(Status.Is kind, Span trigger) {
        enum Is {
            PRESENT,
            NEGATED,
            UNKNOWN,
            PAST
        }
    }

    private Status status(Span s, List<Token> tokens, List<Span> triggers, List<Span> findings) {
        int sentence = tokens.get(s.from()).sentence();
        Span negation = null;
        for (Span t : triggers) {
            boolean inside = t.from() >= s.from() && t.to() <= s.to();
            if (tokens.get(t.from()).sentence() != sentence || inside) {
                continue;
            }
            Trigger kind = t.phrase().concept().trigger();
            // A trigger that shares words with the finding ("sides of the heel" + "doesn't hurt") still counts.
            boolean before = t.from() < s.from();
            if (!before && t.to() <= s.to()) {
                continue;
            }
            switch (kind) {
                case HISTORY -> {
                    if (!terminatedBetween(
                            tokens,
                            triggers,
                            findings,
                            Math.min(t.to(), s.to()),
                            Math.max(t.from(), s.from()),
                            false)) {
                        return new Status(Status.Is.PAST, t);
                    }
                }
                case PRE_HEDGE -> {
                    if (before && inScope(tokens, triggers, findings, Math.min(t.to(), s.from()), s.from())) {
                        return new Status(Status.Is.UNKNOWN, t);
                    }
                }
                case POST_HEDGE -> {
                    if (!before && inScope(tokens, triggers, findings, s.to(), Math.max(t.from(), s.to()))) {
                        return new Status(Status.Is.UNKNOWN, t);
                    }
                }
                case PRE_NEGATION -> {
                    if (before && inScope(tokens, triggers, findings, Math.min(t.to(), s.from()), s.from())) {
                        negation = t;
                    }
                }
                case POST_NEGATION -> {
                    if (!before && inScope(tokens, triggers, findings, s.to(), Math.max(t.from(), s.to()))) {
                        negation = t;
                    }
                }
                default -> {}
            }
        }
        return negation == null ? new Status(Status.Is.PRESENT, null) : new Status(Status.Is.NEGATED, negation);
    }

    /** Whether a trigger ending at token {@code from} reaches a finding starting at {@code to}. */
    private static boolean inScope(List<Token> tokens, List<Span> triggers, List<Span> findings, int from, int to) {
        if (to - from > WINDOW) {
            return false;
        }
        return !terminatedBetween(tokens, triggers, findings, from, to, true);
    }

    private static boolean terminatedBetween(
            List<Token> tokens, List<Span> triggers, List<Span> findings, int from, int to, boolean pauses) {
        for (Span t : triggers) {
            if (t.phrase().concept().trigger() == Trigger.TERMINATOR && t.from() > from && t.to() < to) {
                return true;
            }
        }
        if (!pauses) {
            return false;
        }
        boolean list = true;
        for (int i = from + 1; i < to; i++) {
            int idx = i;
            boolean inFinding = findings.stream()
                    .anyMatch(f -> f.from() <= idx
                            && f.to() >= idx
                            && f.phrase().concept().present()
                            && !f.phrase().concept().neutral());
            String term = tokens.get(i).term();
            list &= inFinding || term.equals("or") || term.equals("and") || term.equals("nor");
        }
        for (int i = from + 1; i <= to; i++) {
            if (tokens.get(i).pauseBefore() && !list) {
                return true;
            }
        }
        return false;
    }

    private static String text(String story, List<Token> tokens, Span s, Span trigger) {
        int start = tokens.get(s.from()).start();
        int end = tokens.get(s.to()).end();
        if (trigger != null) {
            start = Math.min(start, tokens.get(trigger.from()).start());
            end = Math.max(end, tokens.get(trigger.to()).end());
        }
        return story.substring(start, end);
    }

    /**
     * The region the story's body words point to most: each mention counts one, the first half
     * again, a longer phrase hides the words inside it ("outside of my hip" is not also "hip"), and
     * a denied mention ("not my knee") does not count, and one in a past that is over ("shin splints
     * last year") counts half.
     */
    private Optional<String> region(
            List<Span> regions,
            List<Token> tokens,
            List<Span> triggers,
            List<Span> findings,
            String story,
            List<StoryReading.Evidence> evidence) {
        Map<String, Double> score = new LinkedHashMap<>();
        Map<String, Span> first = new HashMap<>();
        boolean firstSeen = false;
        for (Span s : regions) {
            Status st = status(s, tokens, triggers, findings);
            if (st.kind() == Status.Is.NEGATED) {
                continue;
            }
            boolean past = st.kind() == Status.Is.PAST;
            String id = s.phrase().concept().id();
            double w = s.phrase().concept().value() / 2.0 * (past ? 0.5 : 1) + (firstSeen || past ? 0 : 0.5);
            firstSeen |= !past;
            score.merge(id, w, Double::sum);
            first.putIfAbsent(id, s);
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> {
            evidence.add(new StoryReading.Evidence("region", true, text(story, tokens, first.get(e.getKey()), null)));
            return e.getKey();
        });
    }

    private static Optional<Numbers.Read<String>> side(String story) {
        String lower = Numbers.lower(story);
        if (!Numbers.anyOf(lower, "left", "right", "both", "either", "each", "my ")) {
            return Optional.empty();
        }
        Matcher m = SIDE.matcher(lower);
        String first = null;
        String text = null;
        while (m.find()) {
            String w = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4);
            String side = switch (w) {
                case "both", "either", "each" -> "both";
                default -> w;
            };
            String before = Numbers.lower(story).substring(Math.max(0, m.start() - 5), m.start());
            if (w.equals("both")
                    && m.group(2) != null
                    && m.group(2).startsWith("side")
                    && before.matches("(?s).*\\b(?:on|from)\\s+$")) {
                continue;
            }
            if (side.equals("both")
                    && (m.group(2) == null || !m.group(2).matches("(?s).*(s|feet|calves)$"))
                    && !w.equals("either")
                    && !w.equals("each")) {
                continue;
            }
            if (side.equals("both")) {
                return Optional.of(new Numbers.Read<>("both", story.substring(m.start(), m.end())));
            }
            if (first == null) {
                first = side;
                text = story.substring(m.start(), m.end());
            }
        }
        if (first == null) {
            Matcher p = PLURAL.matcher(Numbers.lower(story));
            if (p.find()) {
                return Optional.of(new Numbers.Read<>("both", story.substring(p.start(), p.end())));
            }
        }
        return first == null ? Optional.empty() : Optional.of(new Numbers.Read<>(first, text));
    }
}
