package org.runmend.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.KnowledgeException;

/**
 * The words of {@code knowledge/lexicon.json} as written: the phrases a runner uses for each
 * finding (stating it, or stating it is not so) and each region, one word for each spelling,
 * the NegEx/ConText trigger lists, words for how bad it is and filler words. Loaded and checked
 * against the knowledge base at start-up: an id the knowledge does not know, an empty phrase or a
 * spelling of more than one word stops the load with a {@link KnowledgeException} naming the file
 * and the entry.
 *
 * @param findings finding id to its phrases
 * @param regions region id to its phrases
 * @param spellings a single word as typed to the single word it stands for
 * @param context trigger kind to its phrases
 * @param painWords a word or phrase to the pain score (0-10) it says
 * @param fillers words skipped when phrases are matched ("my", "the", "really")
 */
public record Lexicon(
        Map<String, FindingWords> findings,
        Map<String, List<String>> regions,
        Map<String, String> spellings,
        Map<Trigger, List<String>> context,
        Map<String, Integer> painWords,
        List<String> fillers) {

    /** The file the lexicon is read from, under {@code knowledge/}. */
    public static final String FILE = "lexicon.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The phrases of one finding.
     *
     * @param present phrases that state it
     * @param absent phrases that state it is not so ("can walk on it" for not being unable to bear weight)
     * @param neither phrases that look like it but say nothing about it ("feels like a bruise" is no bruising)
     * @param past whether a past mention still counts ("I had a stress fracture years ago" is a history finding)
     */
    public record FindingWords(List<String> present, List<String> absent, List<String> neither, boolean past) {
        public FindingWords {
            present = List.copyOf(present);
            absent = List.copyOf(absent);
            neither = List.copyOf(neither);
        }
    }

    /** The kinds of trigger of the ConText algorithm (Harkema et al. 2009) that the reader uses. */
    public enum Trigger {
        /** Negates what follows: "no", "never", "without", "didn't". */
        PRE_NEGATION("preNegation"),
        /** Negates what comes before: "is fine", "doesn't hurt". */
        POST_NEGATION("postNegation"),
        /** Looks like a trigger but is not one: "not sure", "no better", "not only". */
        PSEUDO("pseudo"),
        /** Ends a trigger's scope: "but", "although", "apart from". */
        TERMINATOR("terminators"),
        /** Makes what follows uncertain: "maybe", "might", "not sure if". */
        PRE_HEDGE("preHedges"),
        /** Makes what comes before uncertain: "I think", "maybe", "not sure". */
        POST_HEDGE("postHedges"),
        /** Places the sentence in a past that is over: "last year", "years ago", "used to". */
        HISTORY("history");

        private final String key;

        Trigger(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public Lexicon {
        findings = Map.copyOf(findings);
        regions = Map.copyOf(regions);
        spellings = Map.copyOf(spellings);
        context = Map.copyOf(context);
        painWords = Map.copyOf(painWords);
        fillers = List.copyOf(fillers);
    }

    /** The bundled lexicon, checked against the knowledge base. */
    public static Lexicon bundled(KnowledgeBase kb) {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream("knowledge/" + FILE)) {
            if (in == null) {
                throw new KnowledgeException(FILE, null, "file is missing from the application");
            }
            return read(in, FILE, kb);
        } catch (IOException e) {
            throw new KnowledgeException(FILE, null, "cannot be read: " + e.getMessage());
        }
    }

    /** Reads and checks a lexicon; {@code file} names it in error messages. */
    public static Lexicon read(InputStream in, String file, KnowledgeBase kb) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new KnowledgeException(file, null, "is not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new KnowledgeException(file, null, "must be a JSON object");
        }
        Map<String, FindingWords> findings = new LinkedHashMap<>();
        JsonNode f = object(root, "findings", file);
        f.properties().forEach(e -> {
            String id = e.getKey();
            Finding finding = kb.finding(id)
                    .orElseThrow(() -> new KnowledgeException(
                            file, "findings." + id, "unknown finding id (not in findings.json)"));
            if (finding.isDerived()) {
                throw new KnowledgeException(
                        file, "findings." + id, "is worked out from the intake, not read from words");
            }
            JsonNode v = e.getValue();
            if (!v.isObject()) {
                throw new KnowledgeException(file, "findings." + id, "must be an object with present, absent and past");
            }
            List<String> present = phrases(v.path("present"), file, "findings." + id + ".present");
            List<String> absent = phrases(v.path("absent"), file, "findings." + id + ".absent");
            List<String> neither = phrases(v.path("neither"), file, "findings." + id + ".neither");
            v.properties().forEach(field -> {
                if (!List.of("present", "absent", "neither", "past").contains(field.getKey())) {
                    throw new KnowledgeException(
                            file,
                            "findings." + id + "." + field.getKey(),
                            "unknown field (a finding has present, absent, neither and past)");
                }
            });
            if (present.isEmpty()) {
                throw new KnowledgeException(file, "findings." + id, "has no phrase that states it");
            }
            findings.put(
                    id,
                    new FindingWords(present, absent, neither, v.path("past").asBoolean(false)));
        });
        Map<String, List<String>> regions = new LinkedHashMap<>();
        object(root, "regions", file).properties().forEach(e -> {
            if (kb.region(e.getKey()).isEmpty()) {
                throw new KnowledgeException(file, "regions." + e.getKey(), "unknown region id (not in regions.json)");
            }
            List<String> p = phrases(e.getValue(), file, "regions." + e.getKey());
            if (p.isEmpty()) {
                throw new KnowledgeException(file, "regions." + e.getKey(), "has no phrase");
            }
            regions.put(e.getKey(), p);
        });
        Map<String, String> spellings = new LinkedHashMap<>();
        object(root, "spellings", file).properties().forEach(e -> {
            String from = e.getKey().toLowerCase(Locale.ROOT).strip();
            String to = e.getValue().asText("").toLowerCase(Locale.ROOT).strip();
            if (!from.matches("[a-z0-9']+") || !to.matches("[a-z0-9']+")) {
                throw new KnowledgeException(
                        file,
                        "spellings." + e.getKey(),
                        "a spelling maps one word to one word (letters, digits and apostrophes only)");
            }
            spellings.put(from, to);
        });
        Map<Trigger, List<String>> context = new LinkedHashMap<>();
        JsonNode c = object(root, "context", file);
        for (Trigger t : Trigger.values()) {
            context.put(t, phrases(c.path(t.key()), file, "context." + t.key()));
        }
        c.properties().forEach(e -> {
            boolean known = false;
            for (Trigger t : Trigger.values()) {
                known |= t.key().equals(e.getKey());
            }
            if (!known) {
                throw new KnowledgeException(file, "context." + e.getKey(), "unknown kind of trigger");
            }
        });
        Map<String, Integer> painWords = new LinkedHashMap<>();
        object(root, "painWords", file).properties().forEach(e -> {
            int score = e.getValue().asInt(-1);
            if (!e.getValue().isInt() || score < 0 || score > 10) {
                throw new KnowledgeException(file, "painWords." + e.getKey(), "must be a whole number from 0 to 10");
            }
            painWords.put(e.getKey(), score);
        });
        List<String> fillers = phrases(root.path("fillers"), file, "fillers");
        return new Lexicon(findings, regions, spellings, context, painWords, fillers);
    }

    private static JsonNode object(JsonNode root, String field, String file) {
        JsonNode n = root.path(field);
        if (!n.isObject()) {
            throw new KnowledgeException(file, field, "is missing or not an object");
        }
        return n;
    }

    private static List<String> phrases(JsonNode n, String file, String entry) {
        if (n.isMissingNode() || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new KnowledgeException(file, entry, "must be a list of phrases");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode p : n) {
            String s = p.asText("").strip();
            if (!p.isTextual() || s.isEmpty() || s.equals("...")) {
                throw new KnowledgeException(file, entry, "holds an empty phrase or one that is not text: " + p);
            }
            if (s.startsWith("...") || s.endsWith("...")) {
                throw new KnowledgeException(file, entry, "phrase '" + s + "' may use ... only between words");
            }
            out.add(s);
        }
        return out;
    }

    /** The phrases of a finding, or none. */
    public FindingWords words(String findingId) {
        return Objects.requireNonNullElse(
                findings.get(findingId), new FindingWords(List.of(), List.of(), List.of(), false));
    }
}
