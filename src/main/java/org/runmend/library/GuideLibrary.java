package org.runmend.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import org.runmend.assessment.Assessment;
import org.runmend.assessment.RankedCondition;
import org.runmend.intake.StoryAnalyzer;
import org.runmend.intake.StoryReader;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Triage;

/**
 * The guide library: one guide per body region and per condition, written from the knowledge
 * base, with full-text search that understands runners' words. Immutable and safe to share
 * between threads; build it once at start-up.
 */
public final class GuideLibrary {
    /** A condition below this probability is not worth a link from a pain check result. */
    static final double LINK_PROBABILITY = 0.10;

    static final int MAX_CONDITION_LINKS = 3;

    private final Map<String, Guide> guides;
    private final GuideIndex index;

    private GuideLibrary(List<Guide> guides, GuideIndex index) {
        Map<String, Guide> bySlug = new LinkedHashMap<>();
        guides.forEach(g -> bySlug.put(g.slug(), g));
        this.guides = Collections.unmodifiableMap(bySlug);
        this.index = index;
    }

    /**
     * One library per knowledge base, built by the first caller and shared after: writing every
     * guide and indexing it takes a few hundred milliseconds, and the library never changes once
     * built (its Lucene index is read-only and safe to search from many threads).
     */
    private static final Map<KnowledgeBase, GuideLibrary> BUILT = Collections.synchronizedMap(new WeakHashMap<>());

    /** The shared library of this knowledge base, searched with its story reader's analyzer ({@link #from(KnowledgeBase, StoryAnalyzer)}). */
    public static GuideLibrary of(KnowledgeBase kb) {
        return BUILT.computeIfAbsent(kb, GuideLibrary::from);
    }

    /** A new library, searched with the story reader's analyzer; {@link #of} shares one instead. */
    public static GuideLibrary from(KnowledgeBase kb) {
        return from(kb, StoryReader.bundled(kb).analyzer());
    }

    /** The library searched with the story reader's analyzer, so a search reads words as the story box does. */
    public static GuideLibrary from(KnowledgeBase kb, StoryAnalyzer words) {
        List<Guide> guides = new GuideWriter(kb).all();
        return new GuideLibrary(guides, new GuideIndex(guides, kb.library().synonyms(), words));
    }

    /** Every guide: the regions in body-map order, then the conditions in knowledge-base order. */
    public Collection<Guide> guides() {
        return guides.values();
    }

    public List<Guide> guides(Guide.Kind kind) {
        return guides.values().stream().filter(g -> g.kind() == kind).toList();
    }

    /** The guide at a slug such as {@code condition/plantar-fasciitis}. */
    public Optional<Guide> guide(String slug) {
        return Optional.ofNullable(slug == null ? null : guides.get(slug));
    }

    public Optional<Guide> guide(Guide.Kind kind, String subjectId) {
        return guide(Guide.slugOf(kind, subjectId));
    }

    /** The guides shown beside a guide, closest first. */
    public List<Guide> related(Guide guide) {
        return guides(guide.related());
    }

    /** The guides for the slugs that exist, in the order given: for a "most read" list or saved links. */
    public List<Guide> guides(List<String> slugs) {
        return slugs.stream().map(guides::get).filter(Objects::nonNull).toList();
    }

    /**
     * Guides matching what a runner typed, best first. Plain words, runners' words included
     * ("instep", "hind leg", "shin splints"); an empty query, or one of only punctuation, finds
     * nothing; no input throws.
     */
    public List<SearchHit> search(String query, int limit) {
        return index.search(query, limit);
    }

    /**
     * The guides a pain check result links to: its likeliest conditions (the leading one always,
     * others from {@value #LINK_PROBABILITY} probability, at most {@value #MAX_CONDITION_LINKS}),
     * then the region's guide. When the result is an emergency or is raised for a more urgent
     * condition than the likeliest, the guide of the condition it is set for comes first and no
     * guide of a cause needing less care than the result is linked: its "whom to see" would
     * contradict the headline.
     */
    public List<Guide> guidesFor(Assessment assessment) {
        List<String> conditions = new ArrayList<>();
        List<RankedCondition> ranked = assessment.conditions();
        boolean secondary = assessment.triage() == Triage.EMERGENCY || assessment.raisedForSomethingElse();
        if (secondary && assessment.message().subject() != null) {
            conditions.add(assessment.message().subject().id());
        }
        for (int i = 0; i < ranked.size() && conditions.size() < MAX_CONDITION_LINKS; i++) {
            RankedCondition rc = ranked.get(i);
            boolean milder = assessment.triage().isAbove(rc.condition().triage());
            if ((i == 0 || rc.probability() >= LINK_PROBABILITY)
                    && !(secondary && milder)
                    && !conditions.contains(rc.id())) {
                conditions.add(rc.id());
            }
        }
        return guidesFor(assessment.input().region(), conditions);
    }

    /** The guides of the given conditions, in that order, then the region's guide; unknown ids are skipped. */
    public List<Guide> guidesFor(String regionId, List<String> conditionIds) {
        Set<String> slugs = new LinkedHashSet<>();
        conditionIds.forEach(id -> slugs.add(Guide.slugOf(Guide.Kind.CONDITION, id)));
        if (regionId != null) {
            slugs.add(Guide.slugOf(Guide.Kind.REGION, regionId));
        }
        return guides(List.copyOf(slugs));
    }
}
