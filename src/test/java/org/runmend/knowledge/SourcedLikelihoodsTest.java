package org.runmend.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The likelihoods taken from studies (docs/likelihood-sources.md) are the ones the model uses: in
 * every region where the condition shows, P(finding | condition) is the study's sensitivity and the
 * finding's rate among the region's other conditions is 1 - its specificity. Estimates stay modest.
 */
class SourcedLikelihoodsTest {
    /** How far the neighbours' rate may sit from 1 - specificity (absolute). */
    private static final double TOLERANCE = 0.02;

    record Row(String condition, String finding, double sensitivity, double specificity) {}

    private static KnowledgeBase kb;
    private static List<Row> table;

    @BeforeAll
    static void load() throws IOException {
        kb = KnowledgeBase.bundled();
        table = new ArrayList<>();
        boolean inSourced = false;
        for (String line : Files.readAllLines(Path.of("docs/likelihood-sources.md"))) {
            if (line.startsWith("## ")) {
                inSourced = line.equals("## Sourced pairs");
                continue;
            }
            if (!inSourced || !line.startsWith("| ") || line.startsWith("| condition") || line.startsWith("| ---")) {
                continue;
            }
            String[] cells = line.split("\\|", -1);
            table.add(new Row(
                    cells[1].trim(),
                    cells[2].trim(),
                    Double.parseDouble(cells[3].trim()),
                    Double.parseDouble(cells[4].trim())));
        }
    }

    @Test
    void every_sourced_pair_in_the_table_reproduces_its_sensitivity_and_specificity_in_every_region() {
        assertThat(table).hasSizeGreaterThanOrEqualTo(10);
        List<String> off = new ArrayList<>();
        for (Row row : table) {
            Condition c = kb.condition(row.condition()).orElseThrow();
            Likelihood l = c.likelihoods().get(row.finding());
            assertThat(l)
                    .as("%s has a likelihood for %s", row.condition(), row.finding())
                    .isNotNull();
            assertThat(l.p())
                    .as("%s %s sensitivity", row.condition(), row.finding())
                    .isEqualTo(row.sensitivity());
            assertThat(l.specificity())
                    .as("%s %s specificity", row.condition(), row.finding())
                    .isEqualTo(row.specificity());
            int f = kb.likelihoods().findingIndex(row.finding());
            for (String region : c.priors().keySet()) {
                LikelihoodModel.Region table = kb.likelihoods().region(region).orElseThrow();
                int i = table.indexOf(c.id());
                assertThat(table.p(i, f)).isEqualTo(row.sensitivity());
                double rest = table.rest(i, f);
                if (Math.abs(rest - (1 - row.specificity())) > TOLERANCE) {
                    off.add(String.format(
                            java.util.Locale.ROOT,
                            "%s %s in %s: neighbours' rate %.3f, 1 - specificity %.3f",
                            c.id(),
                            row.finding(),
                            region,
                            rest,
                            1 - row.specificity()));
                }
            }
        }
        assertThat(off).as("neighbours' rate differs from 1 - specificity").isEmpty();
    }

    @Test
    void every_likelihood_with_a_specificity_is_in_the_table() {
        Set<String> listed = new HashSet<>();
        table.forEach(r -> listed.add(r.condition() + " " + r.finding()));
        for (Condition c : kb.conditions()) {
            c.likelihoods().forEach((f, l) -> {
                if (l.sourced()) {
                    assertThat(listed)
                            .as("docs/likelihood-sources.md lists %s %s", c.id(), f)
                            .contains(c.id() + " " + f);
                }
            });
        }
    }

    @Test
    void every_estimate_stays_within_lr_plus_5_and_lr_minus_0_2_against_the_regions_other_conditions() {
        List<String> outside = new ArrayList<>();
        int checked = 0;
        for (Region r : kb.regions()) {
            LikelihoodModel.Region table = kb.likelihoods().region(r.id()).orElseThrow();
            for (int i = 0; i < table.size(); i++) {
                Condition c = table.conditions().get(i);
                for (var e : c.likelihoods().entrySet()) {
                    Finding finding = kb.finding(e.getKey()).orElseThrow();
                    if (!e.getValue().estimate() || finding.isDerived()) {
                        continue;
                    }
                    int f = kb.likelihoods().findingIndex(e.getKey());
                    double plus = table.ratio(i, f, true);
                    double minus = table.ratio(i, f, false);
                    checked++;
                    if (plus > Likelihood.MAX_ESTIMATE_RATIO + 1e-6
                            || minus < Likelihood.MIN_ESTIMATE_ABSENT_RATIO - 1e-6) {
                        outside.add(String.format(
                                java.util.Locale.ROOT,
                                "%s %s %s: LR+ %.2f, LR- %.2f",
                                r.id(),
                                c.id(),
                                e.getKey(),
                                plus,
                                minus));
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(outside).as("estimates outside the bounds").isEmpty();
    }

    /**
     * Issue 16: a finding that defines a condition, or that a study measured for it, raises that
     * condition in every region where it shows (a tendon gap raises a torn tendon, never a calf
     * strain more than the tear), and a defining finding stated absent never raises it.
     */
    @Test
    void a_defining_or_studied_finding_raises_its_condition_in_every_region_where_it_shows() {
        List<String> wrongWay = new ArrayList<>();
        int checked = 0;
        for (Condition c : kb.conditions()) {
            for (var e : c.likelihoods().entrySet()) {
                if (e.getValue().estimate()) {
                    continue;
                }
                int f = kb.likelihoods().findingIndex(e.getKey());
                for (String region : c.priors().keySet()) {
                    LikelihoodModel.Region table =
                            kb.likelihoods().region(region).orElseThrow();
                    int i = table.indexOf(c.id());
                    checked++;
                    if (table.ratio(i, f, true) <= 1.0 || table.ratio(i, f, false) > 1.0) {
                        wrongWay.add(String.format(
                                java.util.Locale.ROOT,
                                "%s %s in %s: LR+ %.2f, LR- %.2f",
                                c.id(),
                                e.getKey(),
                                region,
                                table.ratio(i, f, true),
                                table.ratio(i, f, false)));
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(wrongWay)
                .as("defining or studied findings that do not raise their condition")
                .isEmpty();
    }

    /** Issue 16's inversions stay fixed: each classic sign raises the dangerous condition above its mimic. */
    @Test
    void classic_signs_favour_the_dangerous_condition_over_its_mimic() {
        assertRaisesMore("calf", "tendon-gap", "achilles-rupture", "calf-strain");
        assertRaisesMore("calf", "cannot-tiptoe", "achilles-rupture", "calf-strain");
        assertRaisesMore("heel-back", "sudden-onset", "achilles-rupture", "achilles-tendinopathy");
        assertRaisesMore("ankle", "twisting-injury", "ankle-or-foot-fracture", "peroneal-tendinopathy");
        assertRaisesMore("knee", "fever-unwell", "septic-arthritis", "dvt");
        assertRaisesMore("calf", "clot-risk", "dvt", "calf-strain");
        LikelihoodModel.Region ankle = kb.likelihoods().region("ankle").orElseThrow();
        int fracture = ankle.indexOf("ankle-or-foot-fracture");
        assertThat(ankle.ratio(fracture, kb.likelihoods().findingIndex("twisting-injury"), true))
                .as("a twist does not lower the chance of a fracture")
                .isGreaterThan(1.0);
        assertThat(ankle.ratio(fracture, kb.likelihoods().findingIndex("ottawa-bone-tenderness"), false))
                .as("one self-pressed Ottawa item is not an almost certain rule-out")
                .isGreaterThan(0.1);
        LikelihoodModel.Region calf = kb.likelihoods().region("calf").orElseThrow();
        assertThat(calf.ratio(calf.indexOf("dvt"), kb.likelihoods().findingIndex("pain-3-days-or-less"), true))
                .as("a short history does not lower the chance of a clot")
                .isGreaterThanOrEqualTo(1.0);
    }

    private static void assertRaisesMore(String region, String finding, String danger, String mimic) {
        LikelihoodModel.Region t = kb.likelihoods().region(region).orElseThrow();
        int f = kb.likelihoods().findingIndex(finding);
        assertThat(t.ratio(t.indexOf(danger), f, true))
                .as("%s raises %s more than %s in %s", finding, danger, mimic, region)
                .isGreaterThan(t.ratio(t.indexOf(mimic), f, true));
    }

    @Test
    void defining_findings_cite_the_case_definition() {
        for (Condition c : kb.conditions()) {
            c.likelihoods().forEach((f, l) -> {
                if (l.defining()) {
                    assertThat(l.definition()).as("%s %s", c.id(), f).hasSizeGreaterThan(30);
                }
            });
        }
    }
}
