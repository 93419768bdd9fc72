package org.runmend.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.runmend.knowledge.Condition;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Region;
import org.runmend.knowledge.SelfCareItem;
import org.runmend.knowledge.SelfCareKind;
import org.runmend.knowledge.Source;
import org.runmend.knowledge.Triage;
import org.runmend.knowledge.TriageAdvice;
import org.runmend.library.Guide.Entry;
import org.runmend.library.Guide.Reference;
import org.runmend.library.Guide.Section;

/**
 * Writes the guides out of the knowledge base. All the text comes from the knowledge files
 * (already in RunMend's own words); this class adds only headings, doses in words and the order.
 */
final class GuideWriter {
    /** A condition that shows in more regions than this says nothing about which regions are alike. */
    private static final int UBIQUITOUS = 3;

    private static final int MAX_RELATED = 8;

    private final KnowledgeBase kb;

    GuideWriter(KnowledgeBase kb) {
        this.kb = kb;
    }

    List<Guide> all() {
        List<Guide> guides = new ArrayList<>();
        kb.regions().forEach(r -> guides.add(region(r)));
        kb.conditions().forEach(c -> guides.add(condition(c)));
        return guides;
    }

    Guide condition(Condition c) {
        List<SelfCareItem> items = kb.selfCareItems().stream()
                .filter(i -> i.conditions().contains(c.id()))
                .toList();
        List<Section> sections = new ArrayList<>();
        add(sections, Section.Part.CAUSES, "What causes it", entries(items, SelfCareKind.CAUSE));

        List<Entry> todo = new ArrayList<>();
        if (c.triage().isAbove(Triage.SELF_CARE)) {
            TriageAdvice advice = kb.advice(c.triage());
            todo.add(Entry.of(c.triage().id(), advice.headline(), advice.doNow()));
        }
        todo.addAll(entries(items, SelfCareKind.REMEDY));
        add(sections, Section.Part.WHAT_TO_DO, "What to do", todo);
        add(sections, Section.Part.EXERCISES, "Exercises", entries(items, SelfCareKind.EXERCISE));
        add(
                sections,
                Section.Part.RETURN_TO_RUNNING,
                "Getting back to running",
                entries(items, SelfCareKind.RETURN_TO_RUNNING));
        add(sections, Section.Part.PREVENTION, "Prevention", entries(items, SelfCareKind.PREVENTION));

        List<Entry> doctor = new ArrayList<>();
        doctor.add(Entry.of(
                c.id(),
                "Whom to see, and when",
                capitalise(c.see().who()) + ": " + c.see().when() + "."));
        TriageAdvice advice = kb.advice(c.triage());
        doctor.add(
                Entry.of(c.triage().id(), "How urgent it is: " + lowerFirst(advice.headline()), advice.seekHelpIf()));
        doctor.addAll(entries(items, SelfCareKind.SEE_DOCTOR));
        add(sections, Section.Part.SEE_A_DOCTOR, "When to see a doctor", doctor);
        add(sections, Section.Part.EVIDENCE, "What the evidence says", evidence(items));

        List<Source> sources = new ArrayList<>();
        items.forEach(i -> sources.addAll(allSources(i)));
        sources.addAll(c.sources());
        return new Guide(
                Guide.slugOf(Guide.Kind.CONDITION, c.id()),
                Guide.Kind.CONDITION,
                c.id(),
                c.name(),
                c.description(),
                sections,
                references(sources),
                kb.library().reviewed(),
                relatedTo(c));
    }

    Guide region(Region r) {
        List<SelfCareItem> items = kb.selfCareItems().stream()
                .filter(i -> i.regions().contains(r.id()))
                .toList();
        List<Condition> conditions = conditionsByPrior(r.id());
        List<Section> sections = new ArrayList<>();
        add(
                sections,
                Section.Part.CONDITIONS,
                "What it can be",
                conditions.stream()
                        .map(c -> new Entry(
                                c.id(),
                                c.name(),
                                firstSentence(c.description()) + " "
                                        + kb.advice(c.triage()).headline() + ".",
                                List.of(),
                                null,
                                List.of(),
                                Guide.slugOf(Guide.Kind.CONDITION, c.id())))
                        .toList());
        add(sections, Section.Part.CAUSES, "What causes pain here", entries(items, SelfCareKind.CAUSE));
        add(sections, Section.Part.WHAT_TO_DO, "What to do", entries(items, SelfCareKind.REMEDY));
        add(sections, Section.Part.EXERCISES, "Exercises", entries(items, SelfCareKind.EXERCISE));
        add(
                sections,
                Section.Part.RETURN_TO_RUNNING,
                "Getting back to running",
                entries(items, SelfCareKind.RETURN_TO_RUNNING));
        add(sections, Section.Part.PREVENTION, "Prevention", entries(items, SelfCareKind.PREVENTION));

        List<Entry> doctor = new ArrayList<>();
        TriageAdvice selfCare = kb.advice(Triage.SELF_CARE);
        doctor.add(Entry.of(Triage.SELF_CARE.id(), "If self-care is not enough", selfCare.seekHelpIf()));
        doctor.addAll(entries(items, SelfCareKind.SEE_DOCTOR));
        add(sections, Section.Part.SEE_A_DOCTOR, "When to see a doctor", doctor);
        add(sections, Section.Part.EVIDENCE, "What the evidence says", evidence(items));

        List<Source> sources = new ArrayList<>();
        r.seeds().forEach(s -> sources.add(new Source(s, null, null)));
        items.forEach(i -> sources.addAll(allSources(i)));
        conditions.forEach(c -> sources.addAll(c.sources()));
        return new Guide(
                Guide.slugOf(Guide.Kind.REGION, r.id()),
                Guide.Kind.REGION,
                r.id(),
                r.name(),
                r.description(),
                sections,
                references(sources),
                kb.library().reviewed(),
                relatedTo(r, conditions));
    }

    /** The condition's regions, then conditions sharing a region, then conditions sharing causes. */
    private List<String> relatedTo(Condition c) {
        Set<String> out = new LinkedHashSet<>();
        c.priors().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.add(Guide.slugOf(Guide.Kind.REGION, e.getKey())));
        Set<String> causes = ids(kb.selfCareItems().stream()
                .filter(i -> i.kind() == SelfCareKind.CAUSE && i.conditions().contains(c.id())));
        Map<Condition, Double> score = new LinkedHashMap<>();
        for (Condition other : kb.conditions()) {
            if (other.id().equals(c.id())) {
                continue;
            }
            boolean sharesRegion = other.priors().keySet().stream().anyMatch(c.priors()::containsKey);
            long sharedCauses = kb.selfCareItems().stream()
                    .filter(i -> causes.contains(i.id()) && i.conditions().contains(other.id()))
                    .count();
            double prior = c.priors().keySet().stream()
                    .mapToDouble(r -> other.priors().getOrDefault(r, 0.0))
                    .max()
                    .orElse(0);
            if (sharesRegion || sharedCauses > 0) {
                score.put(other, (sharesRegion ? 100 : 0) + sharedCauses + prior);
            }
        }
        score.entrySet().stream()
                .sorted(Map.Entry.<Condition, Double>comparingByValue().reversed())
                .forEach(e ->
                        out.add(Guide.slugOf(Guide.Kind.CONDITION, e.getKey().id())));
        return out.stream().limit(MAX_RELATED).toList();
    }

    /** The region's conditions, likeliest first, then regions sharing a condition that is not everywhere. */
    private List<String> relatedTo(Region r, List<Condition> conditions) {
        Set<String> out = new LinkedHashSet<>();
        conditions.forEach(c -> out.add(Guide.slugOf(Guide.Kind.CONDITION, c.id())));
        Map<String, Integer> neighbours = new LinkedHashMap<>();
        conditions.stream()
                .filter(c -> c.priors().size() <= UBIQUITOUS)
                .forEach(c -> c.priors().keySet().stream()
                        .filter(other -> !other.equals(r.id()))
                        .forEach(other -> neighbours.merge(other, 1, Integer::sum)));
        neighbours.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.add(Guide.slugOf(Guide.Kind.REGION, e.getKey())));
        return List.copyOf(out);
    }

    private List<Condition> conditionsByPrior(String regionId) {
        return kb.conditionsIn(regionId).stream()
                .sorted(Comparator.comparingDouble((Condition c) -> c.priors().get(regionId))
                        .reversed())
                .toList();
    }

    private static List<Entry> entries(List<SelfCareItem> items, SelfCareKind kind) {
        return items.stream()
                .filter(i -> i.kind() == kind)
                .map(i -> new Entry(
                        i.id(), i.title(), i.summary(), i.steps(), i.dose().orElse(null), i.cautions(), null))
                .toList();
    }

    /** Where a seed's (web article's) claim is contradicted or outdated, the claim and what RunMend says instead. */
    private List<Entry> evidence(List<SelfCareItem> items) {
        Map<String, Entry> notes = new LinkedHashMap<>();
        for (SelfCareItem i : items) {
            SelfCareItem.Evidence e = i.evidence();
            if (e == null) {
                continue;
            }
            String text = kb.claimedBy(i) + " says: " + e.claim() + " " + verdict(e.verdict()) + " " + e.note();
            notes.putIfAbsent(e.claim(), new Entry(i.id(), i.title(), text, List.of(), null, List.of(), null));
        }
        return List.copyOf(notes.values());
    }

    static String verdict(String verdict) {
        return switch (verdict == null ? "" : verdict) {
            case "contradicted" -> "Current evidence contradicts this.";
            case "unsupported" -> "Current evidence does not support this.";
            case "outdated" -> "This explanation is out of date.";
            default -> "Current evidence qualifies this.";
        };
    }

    private static List<Source> allSources(SelfCareItem i) {
        return i.evidence() == null
                ? i.sources()
                : Stream.concat(i.sources().stream(), i.evidence().sources().stream())
                        .toList();
    }

    /** Seeds first (by file name), then published sources in the order met; each once. */
    private List<Reference> references(List<Source> sources) {
        Map<String, Reference> seeds = new java.util.TreeMap<>();
        Map<String, Reference> published = new LinkedHashMap<>();
        for (Source s : sources) {
            if (s.isSeed()) {
                seeds.putIfAbsent(s.seed(), new Reference(s.label(kb), s.seed(), null));
            } else {
                published.putIfAbsent(s.citation(), new Reference(s.citation(), null, s.url()));
            }
        }
        List<Reference> out = new ArrayList<>(seeds.values());
        out.addAll(published.values());
        return out;
    }

    private static void add(List<Section> sections, Section.Part kind, String heading, List<Entry> entries) {
        if (!entries.isEmpty()) {
            sections.add(new Section(kind, heading, entries));
        }
    }

    private static Set<String> ids(Stream<SelfCareItem> items) {
        return items.map(SelfCareItem::id).collect(java.util.stream.Collectors.toSet());
    }

    static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
