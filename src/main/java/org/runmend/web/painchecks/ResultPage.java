package org.runmend.web.painchecks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.runmend.assessment.Assessment;
import org.runmend.assessment.AssessmentJson;
import org.runmend.assessment.RankedCondition;
import org.runmend.assessment.Reason;
import org.runmend.assessment.ResultMessage;
import org.runmend.interview.InterviewService;
import org.runmend.knowledge.Condition;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.SelfCareItem;
import org.runmend.knowledge.SelfCareKind;
import org.runmend.knowledge.Source;
import org.runmend.knowledge.Triage;
import org.runmend.knowledge.TriageAdvice;
import org.runmend.library.Guide;

/**
 * The result of a pain check as the pages show it. The result page: triage and the one next step
 * first, the likely conditions with their reasons folded, and a link to the self-care plan, which
 * has a page of its own with the tips that fit the runner's answers and the sources.
 *
 * @param savedId the kept check this is, when the runner saved it; else null
 * @param savedOn when it was kept, in words; else null
 */
public record ResultPage(
        String token,
        Triage triage,
        TriageAdvice advice,
        ResultMessage message,
        boolean raised,
        List<String> triageReasons,
        List<String> redFlags,
        List<LikelyCondition> conditions,
        List<PlanItem> plan,
        List<PlanItem> tips,
        List<SourceItem> sources,
        List<AnsweredQuestion> answers,
        String regionName,
        String disclaimer,
        List<GuideLink> guides,
        PlanOffer planOffer,
        String savedId,
        String savedOn) {
    /** Conditions shown: at least this many, */
    static final int MIN_SHOWN = 3;
    /** at most this many, */
    static final int MAX_SHOWN = 5;
    /** and beyond the minimum only those at least this likely. */
    static final double SHOW_FROM = 0.03;

    /** A likely condition with its probability in whole percent and the reasons for and against. */
    public record LikelyCondition(
            String id,
            String name,
            String icd10,
            int percent,
            String description,
            String seeWho,
            String seeWhen,
            List<String> reasonsFor,
            List<String> reasonsAgainst) {}

    /** One entry of the plan or of the tips. */
    public record PlanItem(SelfCareItem item, String kindLabel, String dose, String sourceLabels, String claimedBy) {
        public boolean hasTimer() {
            return item.holdSeconds() != null && item.holdSeconds() > 0 && item.kind() == SelfCareKind.EXERCISE;
        }

        public int timerSets() {
            return item.sets() == null ? 1 : item.sets();
        }

        public int timerReps() {
            return item.reps() == null ? 1 : item.reps();
        }

        /** Short source names ("“Heel Pain After Running” (undated, web article)", "DiGiovanni 2003"). */
        static String sourceLabels(KnowledgeBase kb, SelfCareItem item) {
            return item.sources().stream()
                    .map(s -> shortLabel(kb, s))
                    .collect(java.util.stream.Collectors.joining("; "));
        }

        private static String shortLabel(KnowledgeBase kb, Source s) {
            if (s.isSeed()) {
                return s.label(kb);
            }
            String c = s.citation() == null ? "" : s.citation();
            java.util.regex.Matcher year =
                    java.util.regex.Pattern.compile("\\b(19|20)\\d{2}\\b").matcher(c);
            String first = c.split("[ ,.]", 2)[0];
            if (first.isEmpty() || !year.find()) {
                return c;
            }
            return first + " " + year.group();
        }
    }

    /** A guide of the library that fits this result. */
    public record GuideLink(String title, String path, boolean region) {}

    /**
     * The self-care plan a signed-in runner can start from this result: for the likeliest
     * condition, when it has daily exercises or remedies, the triage allows self-care and is not
     * raised for a more urgent condition (the daily plan is the likeliest cause's own).
     */
    public record PlanOffer(String conditionId, String conditionName, String region) {}

    /** A source: a web article (by its title and date) or a published citation. */
    public record SourceItem(String label, String detail, String url) {}

    static ResultPage of(KnowledgeBase kb, InterviewService.Turn turn, Assessment a) {
        return of(kb, turn, a, List.of(), null, null, null);
    }

    /** With links to the fitting guides, the plan to start when there is one, and the kept check it is. */
    static ResultPage of(
            KnowledgeBase kb,
            InterviewService.Turn turn,
            Assessment a,
            List<Guide> guides,
            PlanOffer planOffer,
            String savedId,
            String savedOn) {
        List<LikelyCondition> likely = new ArrayList<>();
        List<RankedCondition> ranked = a.conditions();
        for (int i = 0; i < ranked.size() && i < MAX_SHOWN; i++) {
            RankedCondition rc = ranked.get(i);
            if (i >= MIN_SHOWN && rc.probability() < SHOW_FROM) {
                break;
            }
            likely.add(likely(kb, rc, a.triage()));
        }
        List<String> redFlags = a.redFlags().stream()
                .map(id -> kb.finding(id).map(f -> f.said(true)).orElse("One of your answers"))
                .toList();
        Map<String, SourceItem> sources = new LinkedHashMap<>();
        List<PlanItem> plan = a.plan().stream().map(i -> planItem(kb, i)).toList();
        List<PlanItem> tips = a.contextTips().stream().map(i -> planItem(kb, i)).toList();
        for (PlanItem p : concat(plan, tips)) {
            p.item().sources().forEach(s -> sources.putIfAbsent(key(s), source(kb, s)));
            if (p.item().evidence() != null) {
                p.item().evidence().sources().forEach(s -> sources.putIfAbsent(key(s), source(kb, s)));
            }
        }
        for (RankedCondition rc : ranked.subList(0, likely.size())) {
            rc.condition().sources().forEach(s -> sources.putIfAbsent(key(s), source(kb, s)));
        }
        return new ResultPage(
                turn.token(),
                a.triage(),
                kb.advice(a.triage()),
                a.message(),
                a.raisedForSomethingElse(),
                a.triageReasons(),
                redFlags,
                List.copyOf(likely),
                plan,
                tips,
                List.copyOf(sources.values()),
                AnsweredQuestion.of(kb, turn.state()),
                QuestionPage.regionName(kb, turn.state()),
                AssessmentJson.NOT_A_DIAGNOSIS,
                guides.stream()
                        .map(g -> new GuideLink(g.title(), g.path(), g.kind() == Guide.Kind.REGION))
                        .toList(),
                a.triage().isAbove(Triage.SOON) || a.raisedForSomethingElse() ? null : planOffer,
                savedId,
                savedOn);
    }

    /** Where the self-care plan of this result is: its own page for a kept check; else null (posted with the token). */
    public String planPath() {
        return savedId == null ? null : "/checks/" + savedId + "/plan";
    }

    /**
     * The first thing to do at home, for the line under the headline: the plan's first remedy or
     * exercise (seeing a clinician is the headline's own step); null when there is none.
     */
    public PlanItem firstStep() {
        return planByKind().values().stream()
                .flatMap(List::stream)
                .filter(p -> p.item().kind() != SelfCareKind.SEE_DOCTOR)
                .findFirst()
                .orElse(null);
    }

    /** Names of the plan's first few entries, as a taste of the plan on the result page. */
    public List<String> planPreview() {
        return planByKind().values().stream()
                .flatMap(List::stream)
                .limit(4)
                .map(p -> p.item().title())
                .toList();
    }

    public boolean emergency() {
        return triage == Triage.EMERGENCY;
    }

    /**
     * True when the likely causes are secondary to the advice: an emergency, or a triage raised
     * for a more urgent condition or a warning sign than the likeliest cause.
     */
    public boolean causesSecondary() {
        return emergency() || raised;
    }

    /**
     * Plan items grouped by kind: what helps now, exercises, the way back to running, then when
     * to see a clinician; when the triage asks for a clinician, that advice comes first.
     */
    public Map<String, List<PlanItem>> planByKind() {
        Map<String, List<PlanItem>> out = new LinkedHashMap<>();
        List<SelfCareKind> order = triage.isAbove(Triage.SELF_CARE)
                ? List.of(SelfCareKind.values())
                : List.of(
                        SelfCareKind.REMEDY,
                        SelfCareKind.EXERCISE,
                        SelfCareKind.RETURN_TO_RUNNING,
                        SelfCareKind.SEE_DOCTOR,
                        SelfCareKind.PREVENTION,
                        SelfCareKind.CAUSE);
        for (SelfCareKind kind : order) {
            List<PlanItem> items =
                    plan.stream().filter(p -> p.item().kind() == kind).toList();
            if (!items.isEmpty()) {
                out.put(heading(kind), items);
            }
        }
        return out;
    }

    /**
     * A likely condition as the page lists it. Its own "who to see" line is shown only when the
     * condition needs at least the result's level of care: a milder cause's line ("physiotherapist
     * if not better in two to three weeks") would contradict the headline.
     */
    private static LikelyCondition likely(KnowledgeBase kb, RankedCondition rc, Triage level) {
        List<String> raise = new ArrayList<>();
        List<String> lower = new ArrayList<>();
        for (Reason r : rc.reasons()) {
            String text = reasonText(kb, r);
            (r.raises() ? raise : lower).add(text);
        }
        Condition c = rc.condition();
        Condition.See see = level.isAbove(c.triage()) ? null : c.see();
        return new LikelyCondition(
                c.id(),
                c.name(),
                c.icd10(),
                (int) Math.round(rc.probability() * 100),
                c.description(),
                see == null ? null : see.who(),
                see == null ? null : see.when(),
                raise,
                lower);
    }

    private static String reasonText(KnowledgeBase kb, Reason r) {
        return kb.finding(r.finding()).map(f -> f.said(r.present())).orElse("One of your answers");
    }

    public static PlanItem planItem(KnowledgeBase kb, SelfCareItem i) {
        return new PlanItem(
                i, kindLabel(i.kind()), i.dose().orElse(null), PlanItem.sourceLabels(kb, i), kb.claimedBy(i));
    }

    private static String kindLabel(SelfCareKind kind) {
        return switch (kind) {
            case SEE_DOCTOR -> "See a clinician";
            case REMEDY -> "Remedy";
            case EXERCISE -> "Exercise";
            case RETURN_TO_RUNNING -> "Back to running";
            case PREVENTION -> "Prevention";
            case CAUSE -> "Possible cause";
        };
    }

    private static String heading(SelfCareKind kind) {
        return switch (kind) {
            case SEE_DOCTOR -> "When to see a clinician";
            case REMEDY -> "What helps now";
            case EXERCISE -> "Exercises";
            case RETURN_TO_RUNNING -> "Getting back to running";
            case PREVENTION -> "Preventing it coming back";
            case CAUSE -> "What may have caused it";
        };
    }

    private static String key(Source s) {
        return s.isSeed() ? "seed:" + s.seed() : "cite:" + s.citation();
    }

    private static SourceItem source(KnowledgeBase kb, Source s) {
        if (s.isSeed()) {
            return new SourceItem(s.label(kb), null, null);
        }
        return new SourceItem(s.citation(), null, s.url());
    }

    private static List<PlanItem> concat(List<PlanItem> a, List<PlanItem> b) {
        List<PlanItem> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
