package org.runmend.knowledge;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the knowledge files and checks them against the contract: every contract id present,
 * every reference resolvable, every probability in range. The first problem stops the load
 * with a {@link KnowledgeException} naming the file and the entry.
 */
public final class KnowledgeLoader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** Opens a knowledge file by its name relative to the knowledge folder. */
    @FunctionalInterface
    public interface KnowledgeFiles {
        InputStream open(String name) throws IOException;
    }

    /**
     * The conditions and self-care entries, one file per part of the body so that each stays a
     * size a clinician can review; an id may appear in only one of them.
     */
    static final List<String> CONDITION_FILES = List.of(
            "conditions.json",
            "conditions-hip-thigh.json",
            "conditions-ankle-foot-knee.json",
            "conditions-whole-body.json");

    static final List<String> SELF_CARE_FILES = List.of(
            "selfcare.json", "selfcare-hip-thigh.json", "selfcare-ankle-foot-knee.json", "selfcare-whole-body.json");

    static final String MUST_NOT_MISS = "must-not-miss.json";

    private final KnowledgeFiles files;

    private KnowledgeLoader(KnowledgeFiles files) {
        this.files = files;
    }

    public static KnowledgeLoader fromClasspath() {
        return new KnowledgeLoader(name -> {
            InputStream in = KnowledgeLoader.class.getClassLoader().getResourceAsStream("knowledge/" + name);
            if (in == null) {
                throw new NoSuchFileException("knowledge/" + name);
            }
            return in;
        });
    }

    /** Loads from a folder laid out like {@code src/main/resources/knowledge}. */
    public static KnowledgeLoader fromDirectory(Path dir) {
        return new KnowledgeLoader(name -> Files.newInputStream(dir.resolve(name)));
    }

    public KnowledgeBase load() {
        Contract contract = readContract();
        Map<String, Seed> seeds = readAll("seeds.json", Seed.class, Seed::file);
        Map<String, Region> regions = readAll("regions.json", Region.class, Region::id);
        Map<String, Finding> findings =
                withContractMeaning(readAll("findings.json", Finding.class, Finding::id), contract);
        Map<String, Condition> conditions = readAll(CONDITION_FILES, Condition.class, Condition::id);
        Map<String, SelfCareItem> selfCare = readAll(SELF_CARE_FILES, SelfCareItem.class, SelfCareItem::id);
        Map<Triage, TriageAdvice> advice = new EnumMap<>(Triage.class);
        readAll("triage.json", TriageAdvice.class, t -> t.level().id()).values().forEach(t -> advice.put(t.level(), t));

        for (Triage level : Triage.values()) {
            TriageAdvice a = advice.get(level);
            if (a == null) {
                throw new KnowledgeException("triage.json", level.id(), "no advice for this triage level");
            }
            requireText("triage.json", level.id(), "headline", a.headline());
            requireText("triage.json", level.id(), "doNow", a.doNow());
            requireText("triage.json", level.id(), "needs", a.needs());
            if (a.see() == null || a.see().who() == null || a.see().when() == null) {
                throw new KnowledgeException("triage.json", level.id(), "'see' needs who and when");
            }
        }
        checkSeeds(seeds, regions);
        checkRegions(contract, regions);
        checkFindings(contract, findings);
        checkConditions(contract, conditions, regions, findings);
        Map<String, TriageFloor> floors = readAll("triage-floors.json", TriageFloor.class, TriageFloor::id);
        for (TriageFloor floor : floors.values()) {
            if (floor.level() == null) {
                throw new KnowledgeException("triage-floors.json", floor.id(), "has no level");
            }
            if (floor.allOf().isEmpty() && floor.anyOf().isEmpty()) {
                throw new KnowledgeException("triage-floors.json", floor.id(), "names no finding");
            }
            for (String id : concat(floor.allOf(), floor.anyOf())) {
                if (!findings.containsKey(id)) {
                    throw new KnowledgeException("triage-floors.json", floor.id(), "unknown finding '" + id + "'");
                }
            }
            if (floor.painScoreAtLeast() != null && (floor.painScoreAtLeast() < 0 || floor.painScoreAtLeast() > 10)) {
                throw new KnowledgeException(
                        "triage-floors.json",
                        floor.id(),
                        "painScoreAtLeast " + floor.painScoreAtLeast() + " is not a pain score from 0 to 10");
            }
            for (String r : concat(floor.regions(), floor.askIn())) {
                if (!regions.containsKey(r)) {
                    throw new KnowledgeException("triage-floors.json", floor.id(), "unknown region '" + r + "'");
                }
            }
        }
        checkSelfCare(selfCare, regions, findings, conditions, seeds);
        checkRunningAdvice(selfCare);
        Map<String, MustNotMissRule> rules = readAll(MUST_NOT_MISS, MustNotMissRule.class, MustNotMissRule::id);
        rules.values().forEach(r -> checkRule(r, regions, findings, conditions));
        LibraryInfo library = readLibrary();
        BodyDrawing bodyMap = new BodyDrawingFile(JSON, regions).read(readJson(BodyDrawingFile.FILE));
        return new KnowledgeBase(
                regions,
                findings,
                conditions,
                selfCare,
                seeds,
                advice,
                List.copyOf(floors.values()),
                List.copyOf(rules.values()),
                library,
                bodyMap);
    }

    private record Contract(
            Set<String> regions,
            Map<String, JsonNode> conditions,
            Map<String, String> findingGroups,
            Map<String, String> findingMeanings) {}

    /** A contract finding's {@code means} is the contract's own definition unless the file gives one. */
    private static Map<String, Finding> withContractMeaning(Map<String, Finding> findings, Contract contract) {
        Map<String, Finding> out = new LinkedHashMap<>();
        findings.forEach((id, f) -> out.put(
                id,
                f.means() != null || !contract.findingMeanings().containsKey(id)
                        ? f
                        : new Finding(
                                f.id(),
                                f.group(),
                                contract.findingMeanings().get(id),
                                f.question(),
                                f.help(),
                                f.baseRate(),
                                f.derived(),
                                f.statement(),
                                f.absentStatement(),
                                f.askOnly(),
                                f.askFirst())));
        return out;
    }

    private Contract readContract() {
        Set<String> regions = new LinkedHashSet<>();
        readTree("contract/regions.json").forEach(n -> regions.add(n.path("id").asText()));
        Map<String, JsonNode> conditions = new LinkedHashMap<>();
        readTree("contract/conditions.json")
                .forEach(n -> conditions.put(n.path("id").asText(), n));
        Map<String, String> findings = new LinkedHashMap<>();
        Map<String, String> meanings = new LinkedHashMap<>();
        readTree("contract/findings.json").forEach(n -> {
            findings.put(n.path("id").asText(), n.path("group").asText());
            meanings.put(n.path("id").asText(), n.path("means").asText());
        });
        return new Contract(regions, conditions, findings, meanings);
    }

    /** {@code library.json}: one object with the review date and the runners' words. */
    private LibraryInfo readLibrary() {
        String f = "library.json";
        JsonNode root = readJson(f);
        if (!root.isObject()) {
            throw new KnowledgeException(f, null, "expected a JSON object with 'reviewed' and 'synonyms'");
        }
        root.fieldNames().forEachRemaining(field -> {
            if (!field.equals("reviewed") && !field.equals("synonyms")) {
                throw new KnowledgeException(f, null, "unknown field '" + field + "'");
            }
        });
        java.time.LocalDate reviewed;
        try {
            reviewed = java.time.LocalDate.parse(root.path("reviewed").asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw new KnowledgeException(
                    f, "reviewed", "'" + root.path("reviewed").asText() + "' is not a date like 2026-11-21");
        }
        List<LibraryInfo.Synonym> synonyms = new java.util.ArrayList<>();
        int index = 0;
        for (JsonNode node : root.path("synonyms")) {
            index++;
            String label = "synonyms #" + index;
            LibraryInfo.Synonym s;
            try {
                s = JSON.treeToValue(node, LibraryInfo.Synonym.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new KnowledgeException(f, label, e.getOriginalMessage());
            }
            boolean equivalence =
                    s.same().size() >= 2 && s.words().isEmpty() && s.means().isEmpty();
            boolean oneWay =
                    s.same().isEmpty() && !s.words().isEmpty() && !s.means().isEmpty();
            if (!equivalence && !oneWay) {
                throw new KnowledgeException(
                        f, label, "needs either 'same' (two or more words) or both 'words' and 'means'");
            }
            for (String w : concat(s.same(), concat(s.words(), s.means()))) {
                if (w == null || w.isBlank()) {
                    throw new KnowledgeException(f, label, "has an empty word");
                }
            }
            synonyms.add(s);
        }
        return new LibraryInfo(reviewed, synonyms);
    }

    private JsonNode readTree(String name) {
        JsonNode tree = readJson(name);
        if (!tree.isArray()) {
            throw new KnowledgeException(name, null, "expected a JSON array of entries");
        }
        return tree;
    }

    private JsonNode readJson(String name) {
        try (InputStream in = files.open(name)) {
            JsonNode tree = JSON.readTree(in);
            if (tree == null) {
                throw new KnowledgeException(name, null, "file is empty");
            }
            return tree;
        } catch (NoSuchFileException e) {
            throw new KnowledgeException(name, null, "file is missing");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new KnowledgeException(
                    name,
                    null,
                    "not valid JSON: " + e.getOriginalMessage() + " at line "
                            + e.getLocation().getLineNr());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge/" + name, e);
        }
    }

    private <T> Map<String, T> readAll(String name, Class<T> type, Function<T, String> idOf) {
        return readAll(List.of(name), type, idOf);
    }

    /** Reads every entry of several files into one map; an id used twice, in one file or two, is refused. */
    private <T> Map<String, T> readAll(List<String> names, Class<T> type, Function<T, String> idOf) {
        Map<String, T> out = new LinkedHashMap<>();
        Map<String, String> fileOf = new java.util.HashMap<>();
        for (String name : names) {
            readInto(name, type, idOf, out, fileOf);
        }
        return out;
    }

    private <T> void readInto(
            String name, Class<T> type, Function<T, String> idOf, Map<String, T> out, Map<String, String> fileOf) {
        int index = 0;
        for (JsonNode node : readTree(name)) {
            String label = node.hasNonNull("id")
                    ? node.get("id").asText()
                    : node.hasNonNull("file") ? node.get("file").asText() : "#" + (index + 1);
            T value;
            try {
                value = JSON.treeToValue(node, type);
            } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
                // a value type's own check (an unknown kind, a missing one) says it best
                String message = e.getCause() instanceof IllegalArgumentException own
                        ? own.getMessage()
                        : e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
                                ? jpe.getOriginalMessage()
                                : e.getMessage();
                throw new KnowledgeException(name, label, message);
            }
            String id = idOf.apply(value);
            if (id == null || id.isBlank()) {
                throw new KnowledgeException(name, label, "has no id");
            }
            if (out.put(id, value) != null) {
                String first = fileOf.get(id);
                throw new KnowledgeException(
                        name, id, first.equals(name) ? "id is used twice" : "id is already used in " + first);
            }
            fileOf.put(id, name);
            index++;
        }
    }

    private static void checkSeeds(Map<String, Seed> seeds, Map<String, Region> regions) {
        for (Seed seed : seeds.values()) {
            for (String r : seed.regions()) {
                if (!regions.containsKey(r)) {
                    throw new KnowledgeException("seeds.json", seed.file(), "unknown region '" + r + "'");
                }
            }
        }
        for (Region region : regions.values()) {
            for (String s : region.seeds()) {
                if (!seeds.containsKey(s)) {
                    throw new KnowledgeException("regions.json", region.id(), "unknown seed '" + s + "'");
                }
            }
        }
    }

    private static void checkRegions(Contract contract, Map<String, Region> regions) {
        for (String id : contract.regions()) {
            if (!regions.containsKey(id)) {
                throw new KnowledgeException("regions.json", id, "contract region is missing");
            }
        }
        for (Region r : regions.values()) {
            requireText("regions.json", r.id(), "name", r.name());
            if (r.longPainDays() != null && (r.longPainDays() < 1 || r.longPainDays() > Region.MAX_LONG_PAIN_DAYS)) {
                throw new KnowledgeException(
                        "regions.json",
                        r.id(),
                        "'longPainDays' is " + r.longPainDays() + ", not a number of days from 1 to "
                                + Region.MAX_LONG_PAIN_DAYS);
            }
        }
    }

    private static void checkFindings(Contract contract, Map<String, Finding> findings) {
        contract.findingGroups().forEach((id, group) -> {
            Finding f = findings.get(id);
            if (f == null) {
                throw new KnowledgeException("findings.json", id, "contract finding is missing");
            }
            if (!group.equals(f.group())) {
                throw new KnowledgeException(
                        "findings.json", id, "group '" + f.group() + "' differs from the contract's '" + group + "'");
            }
            if (f.isDerived()) {
                throw new KnowledgeException("findings.json", id, "a contract finding cannot be derived");
            }
        });
        for (Finding f : findings.values()) {
            requireText("findings.json", f.id(), "question", f.question());
            requireText("findings.json", f.id(), "help", f.help());
            requireProbability("findings.json", f.id(), "baseRate", f.baseRate());
            if (f.askOnly() != null
                    && f.askOnly().sex() != null
                    && !f.askOnly().sex().equals("female")
                    && !f.askOnly().sex().equals("male")) {
                throw new KnowledgeException(
                        "findings.json", f.id(), "askOnly sex '" + f.askOnly().sex() + "' is not female or male");
            }
            if (f.isDerived()) {
                Derivation d = f.derived();
                if (!Derivation.FIELDS.contains(d.field())) {
                    throw new KnowledgeException(
                            "findings.json",
                            f.id(),
                            "derived from unknown field '" + d.field() + "' (expected one of " + Derivation.FIELDS
                                    + ")");
                }
                if (d.min() == null && d.max() == null) {
                    throw new KnowledgeException("findings.json", f.id(), "derived rule has neither min nor max");
                }
            }
        }
    }

    private static void checkConditions(
            Contract contract,
            Map<String, Condition> conditions,
            Map<String, Region> regions,
            Map<String, Finding> findings) {
        contract.conditions().forEach((id, node) -> {
            Condition c = conditions.get(id);
            if (c == null) {
                throw new KnowledgeException("conditions.json", id, "contract condition is missing");
            }
            for (JsonNode r : node.path("regions")) {
                if (!c.priors().containsKey(r.asText())) {
                    throw new KnowledgeException(
                            "conditions.json",
                            id,
                            "no prior for region '" + r.asText() + "', where the contract says it can show");
                }
            }
            Triage contractLevel = Triage.ofId(node.path("triage").asText());
            if (contractLevel.isAbove(c.triage())) {
                throw new KnowledgeException(
                        "conditions.json",
                        id,
                        "triage '" + c.triage() + "' is below the contract's '" + contractLevel + "'");
            }
        });
        for (Condition c : conditions.values()) {
            String f = "conditions.json";
            requireText(f, c.id(), "name", c.name());
            requireText(f, c.id(), "icd10", c.icd10());
            if (!c.icd10().matches("[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?")) {
                throw new KnowledgeException(f, c.id(), "icd10 '" + c.icd10() + "' is not an ICD-10 code");
            }
            requireText(f, c.id(), "description", c.description());
            if (c.triage() == null) {
                throw new KnowledgeException(f, c.id(), "has no triage level");
            }
            if (c.see() == null || c.see().who() == null || c.see().when() == null) {
                throw new KnowledgeException(f, c.id(), "'see' needs who and when");
            }
            if (c.priors().isEmpty()) {
                throw new KnowledgeException(f, c.id(), "has no priors, so it can show in no region");
            }
            c.priors().forEach((region, prior) -> {
                if (!regions.containsKey(region)) {
                    throw new KnowledgeException(f, c.id(), "prior for unknown region '" + region + "'");
                }
                requireProbability(f, c.id(), "priors." + region, prior);
            });
            for (PriorModifier m : c.priorModifiers()) {
                if (!(m.factor() > 0)) {
                    throw new KnowledgeException(f, c.id(), "prior modifier factor " + m.factor() + " must be above 0");
                }
                if (m.sex() != null && !m.sex().equals("female") && !m.sex().equals("male")) {
                    throw new KnowledgeException(
                            f, c.id(), "prior modifier sex '" + m.sex() + "' is not female or male");
                }
            }
            c.likelihoods().forEach((finding, l) -> {
                if (!findings.containsKey(finding)) {
                    throw new KnowledgeException(f, c.id(), "likelihood for unknown finding '" + finding + "'");
                }
                requireProbability(f, c.id(), "likelihoods." + finding + ".p", l.p());
            });
        }
    }

    private static void checkSelfCare(
            Map<String, SelfCareItem> items,
            Map<String, Region> regions,
            Map<String, Finding> findings,
            Map<String, Condition> conditions,
            Map<String, Seed> seeds) {
        String f = "selfcare.json";
        for (SelfCareItem i : items.values()) {
            requireText(f, i.id(), "title", i.title());
            requireText(f, i.id(), "summary", i.summary());
            if (i.sources().isEmpty()) {
                throw new KnowledgeException(f, i.id(), "cites no source");
            }
            for (String r : i.regions()) {
                if (!regions.containsKey(r)) {
                    throw new KnowledgeException(f, i.id(), "unknown region '" + r + "'");
                }
            }
            for (String id : i.contextFindings()) {
                if (!findings.containsKey(id)) {
                    throw new KnowledgeException(f, i.id(), "unknown finding '" + id + "' in contextFindings");
                }
            }
            for (String id : i.conditions()) {
                Condition c = conditions.get(id);
                if (c == null) {
                    throw new KnowledgeException(f, i.id(), "unknown condition '" + id + "'");
                }
                if (i.kind().isSelfTreatment() && c.triage().isAbove(Triage.SOON)) {
                    throw new KnowledgeException(
                            f,
                            i.id(),
                            "a " + i.kind() + " is offered for '" + id + "', which needs a doctor "
                                    + (c.triage() == Triage.EMERGENCY ? "now" : "today"));
                }
            }
            checkWhen(f, i);
            if (i.running() == SelfCareItem.Running.KEEP
                    && (i.upTo() == null || i.upTo().isAbove(Triage.SELF_CARE))) {
                throw new KnowledgeException(
                        f,
                        i.id(),
                        "says keep running, so its upTo must be 'self-care' "
                                + "(no keep-running advice under a headline that says stop)");
            }
            checkSources(f, i.id(), i.sources(), seeds);
            if (i.evidence() != null) {
                requireText(f, i.id(), "evidence.claim", i.evidence().claim());
                requireText(f, i.id(), "evidence.note", i.evidence().note());
                if (i.evidence().sources().isEmpty()) {
                    throw new KnowledgeException(f, i.id(), "evidence note cites no source");
                }
                checkSources(f, i.id(), i.evidence().sources(), seeds);
            }
        }
    }

    /** A window of days and pain that some case can meet: bounds in range, min not above max. */
    private static void checkWhen(String f, SelfCareItem i) {
        SelfCareItem.When w = i.when();
        for (Integer d : java.util.Arrays.asList(w.minDays(), w.maxDays())) {
            if (d != null && d < 0) {
                throw new KnowledgeException(f, i.id(), "when: days " + d + " is below 0");
            }
        }
        for (Integer p : java.util.Arrays.asList(w.minPain(), w.maxPain())) {
            if (p != null && (p < 0 || p > 10)) {
                throw new KnowledgeException(f, i.id(), "when: pain " + p + " is not between 0 and 10");
            }
        }
        if ((w.minDays() != null && w.maxDays() != null && w.minDays() > w.maxDays())
                || (w.minPain() != null && w.maxPain() != null && w.minPain() > w.maxPain())) {
            throw new KnowledgeException(f, i.id(), "when: a minimum is above its maximum, so the entry never applies");
        }
    }

    /**
     * No two entries that could reach the same plan (a condition and a region in common, pain
     * windows that overlap) may tell the runner one to stop running and the other to keep running.
     */
    private static void checkRunningAdvice(Map<String, SelfCareItem> items) {
        List<SelfCareItem> stop = items.values().stream()
                .filter(i -> i.running() == SelfCareItem.Running.STOP)
                .toList();
        List<SelfCareItem> keep = items.values().stream()
                .filter(i -> i.running() == SelfCareItem.Running.KEEP)
                .toList();
        for (SelfCareItem k : keep) {
            for (SelfCareItem s : stop) {
                boolean sameCondition = k.conditions().stream().anyMatch(s.conditions()::contains);
                boolean sameRegion = k.regions().isEmpty()
                        || s.regions().isEmpty()
                        || k.regions().stream().anyMatch(s.regions()::contains);
                if (sameCondition && sameRegion && k.when().overlaps(s.when())) {
                    throw new KnowledgeException(
                            "selfcare.json",
                            k.id(),
                            "says keep running and '" + s.id()
                                    + "' says stop, for the same condition, region and pain: give them 'when' windows that do not overlap");
                }
            }
        }
    }

    /** A must-not-miss rule: its condition, findings and regions exist, its score can be reached, it cites a source. */
    private static void checkRule(
            MustNotMissRule r,
            Map<String, Region> regions,
            Map<String, Finding> findings,
            Map<String, Condition> conditions) {
        String f = MUST_NOT_MISS;
        requireText(f, r.id(), "name", r.name());
        requireText(f, r.id(), "says", r.says());
        requireText(f, r.id(), "source", r.source());
        if (r.condition() == null) {
            if (r.level() == null || r.regions().isEmpty() || r.keepsAtLeast() != null) {
                throw new KnowledgeException(
                        f,
                        r.id(),
                        "a rule about no single condition needs its own level and regions, and keeps no probability");
            }
        } else {
            Condition c = conditions.get(r.condition());
            if (c == null) {
                throw new KnowledgeException(f, r.id(), "unknown condition '" + r.condition() + "'");
            }
            if (r.level() != null) {
                throw new KnowledgeException(
                        f, r.id(), "the level of a rule about a condition is the condition's own; leave 'level' out");
            }
            for (String region : r.regions()) {
                if (!c.showsIn(region)) {
                    throw new KnowledgeException(
                            f, r.id(), "region '" + region + "' is not one where " + c.id() + " can show");
                }
            }
            if (r.keepsAtLeast() == null) {
                throw new KnowledgeException(
                        f, r.id(), "'keepsAtLeast' is missing: the probability the rule keeps its condition at");
            }
            requireProbability(f, r.id(), "keepsAtLeast", r.keepsAtLeast());
        }
        for (String region : r.regions()) {
            if (!regions.containsKey(region)) {
                throw new KnowledgeException(f, r.id(), "unknown region '" + region + "'");
            }
        }
        for (String id : concat(r.requires(), r.requiresAnyOf())) {
            if (!findings.containsKey(id)) {
                throw new KnowledgeException(f, r.id(), "unknown finding '" + id + "'");
            }
        }
        int best = 0;
        for (MustNotMissRule.Item i : r.items()) {
            if (i.finding() != null && !findings.containsKey(i.finding())) {
                throw new KnowledgeException(f, r.id(), "unknown finding '" + i.finding() + "' in items");
            }
            boolean fact = i.ageAtLeast() != null
                    || i.ageBelow() != null
                    || i.sex() != null
                    || i.side() != null
                    || i.painScoreAtLeast() != null
                    || i.durationDaysAtMost() != null;
            if ((i.finding() == null) == !fact || (i.finding() != null && fact)) {
                throw new KnowledgeException(
                        f, r.id(), "an item needs either a finding or facts of the intake, not both");
            }
            if (i.points() == 0) {
                throw new KnowledgeException(f, r.id(), "an item worth 0 points says nothing");
            }
            best += Math.max(0, i.points());
        }
        if (r.minPoints() > best) {
            throw new KnowledgeException(
                    f, r.id(), "minPoints " + r.minPoints() + " can never be reached (at most " + best + ")");
        }
        if (r.items().isEmpty() && r.requires().isEmpty() && r.requiresAnyOf().isEmpty()) {
            throw new KnowledgeException(f, r.id(), "reads no finding");
        }
        if (Boolean.FALSE.equals(r.unsureKeepsOpen())
                && r.requires().isEmpty()
                && r.requiresAnyOf().isEmpty()) {
            throw new KnowledgeException(
                    f,
                    r.id(),
                    "'unsureKeepsOpen' is false but the rule requires no finding a \"not sure\" could leave open");
        }
    }

    private static void checkSources(String file, String id, List<Source> sources, Map<String, Seed> seeds) {
        for (Source s : sources) {
            if (s.seed() != null && !seeds.containsKey(s.seed())) {
                throw new KnowledgeException(file, id, "cites unknown seed '" + s.seed() + "'");
            }
            if (s.seed() == null && (s.citation() == null || s.citation().isBlank())) {
                throw new KnowledgeException(file, id, "a source has neither a seed nor a citation");
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static void requireText(String file, String id, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new KnowledgeException(file, id, "'" + field + "' is missing or empty");
        }
    }

    private static void requireProbability(String file, String id, String field, double p) {
        if (!(p > 0 && p < 1)) {
            throw new KnowledgeException(
                    file, id, "'" + field + "' is " + p + ", not a probability between 0 and 1 (exclusive)");
        }
    }
}
