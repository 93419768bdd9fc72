package org.runmend.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.support.Shared;

/**
 * The interview weighs each question it could ask on {@link PainCheck.OneMore}, which works the
 * ranking out from what the case already states instead of from a copy of the case with one more
 * finding. It must give the very same ranking as {@link PainCheck#rankWithoutReasons} of that copy,
 * which must give the probabilities and order of {@link PainCheck#rank}: the same doubles, not
 * merely close ones, since the interview compares the gains of questions and a last-bit difference
 * could pick another question.
 */
class OneMoreFindingTest {
    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    private static final PainCheck CHECK = new PainCheck(KB);
    private static final Set<String> RULE_FINDINGS =
            KB.mustNotMiss().stream().flatMap(r -> r.findings().stream()).collect(java.util.stream.Collectors.toSet());

    @Test
    void one_more_finding_ranks_every_dev_case_to_the_last_bit_as_the_case_with_it_stated() throws IOException {
        ObjectMapper json = new ObjectMapper();
        CaseReader reader = new CaseReader(KB);
        List<String> differ = new ArrayList<>();
        int compared = 0;
        int keptInPlay = 0;
        int n = 0;
        for (String line : Files.readAllLines(Shared.devCases())) {
            Case full = reader.read(json.readTree(line));
            // every other case with its second half of findings "not sure", which a must-not-miss rule reads
            Case c = n++ % 2 == 0 ? firstHalf(full) : withUnsure(full);
            PainCheck.OneMore oneMore = CHECK.oneMore(c);
            for (String f : findingsToAdd(c)) {
                for (boolean present : new boolean[] {true, false}) {
                    Case stated = c.with(f, present);
                    List<RankedCondition> expected = CHECK.rankWithoutReasons(stated);
                    List<RankedCondition> got = oneMore.rank(f, present);
                    if (!ids(got).equals(ids(expected)) || !probabilities(got).equals(probabilities(expected))) {
                        differ.add(c.id() + " + " + f + "=" + present + ": " + ids(got) + probabilities(got)
                                + " instead of " + ids(expected) + probabilities(expected));
                    }
                    compared++;
                    if (present
                            && RULE_FINDINGS.contains(f)
                            && !KB.rulesHolding(stated).isEmpty()) {
                        keptInPlay++;
                    }
                }
            }
        }
        assertThat(differ).as("rankings that differ").isEmpty();
        assertThat(compared).as("rankings compared").isGreaterThan(5_000);
        assertThat(keptInPlay).as("rankings a must-not-miss rule holds in").isGreaterThan(50);
    }

    @Test
    void the_ranking_without_reasons_has_the_probabilities_and_order_of_the_full_one() throws IOException {
        ObjectMapper json = new ObjectMapper();
        CaseReader reader = new CaseReader(KB);
        for (String line : Files.readAllLines(Shared.devCases())) {
            Case c = reader.read(json.readTree(line));
            List<RankedCondition> full = CHECK.rank(c);
            List<RankedCondition> lean = CHECK.rankWithoutReasons(c);
            assertThat(ids(lean)).as(c.id()).isEqualTo(ids(full));
            assertThat(probabilities(lean)).as(c.id()).isEqualTo(probabilities(full));
            assertThat(lean).as(c.id()).allMatch(rc -> rc.reasons().isEmpty());
        }
    }

    /**
     * Every finding a condition of the case's region lists that the case does not state yet, and
     * the ones the intake answers (which take the general way), with no duplicates.
     */
    private static List<String> findingsToAdd(Case c) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        KB.conditionsIn(c.region())
                .forEach(cond -> out.addAll(cond.likelihoods().keySet()));
        KB.findings().stream().filter(Finding::isDerived).map(Finding::id).forEach(out::add);
        out.add(PainCheck.BOTH_SIDES);
        out.removeAll(c.findings().keySet());
        return new ArrayList<>(out);
    }

    /** The case with only the first half of its findings stated, so the rest can be added one by one. */
    private static Case firstHalf(Case full) {
        Map<String, Boolean> half = new LinkedHashMap<>();
        full.findings().entrySet().stream()
                .limit(full.findings().size() / 2)
                .forEach(e -> half.put(e.getKey(), e.getValue()));
        return new Case(
                full.id(),
                full.age(),
                full.sex(),
                full.region(),
                full.side(),
                full.durationDays(),
                full.painScore(),
                half);
    }

    /** The case with its second half of findings answered "not sure", which a must-not-miss rule reads. */
    private static Case withUnsure(Case full) {
        Case half = firstHalf(full);
        Set<String> unsure = new java.util.HashSet<>(full.findings().keySet());
        unsure.removeAll(half.findings().keySet());
        return new Case(
                full.id(),
                full.age(),
                full.sex(),
                full.region(),
                full.side(),
                full.durationDays(),
                full.painScore(),
                half.findings(),
                unsure);
    }

    private static List<String> ids(List<RankedCondition> ranked) {
        return ranked.stream().map(RankedCondition::id).toList();
    }

    private static List<Double> probabilities(List<RankedCondition> ranked) {
        return ranked.stream().map(RankedCondition::probability).toList();
    }
}
