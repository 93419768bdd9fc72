package org.runmend.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.runmend.support.SeedFingerprints;

/** docs/seed-coverage.md lists every item of the five seeds; each must have a knowledge-base entry citing its seed. */
class SeedCoverageTest {
    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*`?([0-9]{3}_[0-9a-f]+\\.txt)`?\\s*\\|(.*)\\|\\s*(\\S+)\\s*\\|\\s*`([^`]+)`\\s*\\|\\s*$");

    record Row(String seed, String item, String kind, String entry) {}

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs/seed-coverage.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                rows.add(new Row(m.group(1), m.group(2).trim(), m.group(3), m.group(4)));
            }
        }
        return rows;
    }

    @Test
    void every_seed_item_in_the_checklist_has_an_entry_that_cites_the_seed() throws IOException {
        KnowledgeBase kb = KnowledgeBase.bundled();
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThan(40);
        for (Row row : rows) {
            SelfCareItem item = kb.selfCareItem(row.entry()).orElse(null);
            assertThat(item)
                    .as("checklist row '%s' (%s) names entry %s, which is missing", row.item(), row.seed(), row.entry())
                    .isNotNull();
            assertThat(item.citesSeed(row.seed()))
                    .as("%s should cite %s", row.entry(), row.seed())
                    .isTrue();
            assertThat(item.kind()).as(row.entry()).isEqualTo(SelfCareKind.ofId(row.kind()));
        }
    }

    @Test
    void the_checklist_covers_all_five_seeds_and_every_kind_they_contain() throws IOException {
        Set<String> seedFiles = SeedFingerprints.bundled().keySet();
        assertThat(seedFiles).hasSize(5);
        List<Row> rows = rows();
        assertThat(rows.stream().map(Row::seed).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(seedFiles);
        assertThat(rows.stream().map(Row::kind).collect(Collectors.toSet()))
                .contains("cause", "remedy", "exercise", "prevention", "see-doctor");
    }

    @Test
    void the_seed_exercises_keep_the_hold_times_the_seeds_give() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        String backSeed = "003_187875d6cb2665c8.txt";
        List<Integer> holds = kb.selfCareItems().stream()
                .filter(i -> i.kind() == SelfCareKind.EXERCISE && i.citesSeed(backSeed))
                .map(SelfCareItem::holdSeconds)
                .toList();
        assertThat(holds)
                .as("the kneeling back stretch (20 s) and forward lunge (15 s) of %s", backSeed)
                .contains(20, 15);
    }

    @Test
    void claims_contradicted_by_current_evidence_are_marked_with_sources() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        List<SelfCareItem> marked =
                kb.selfCareItems().stream().filter(i -> i.evidence() != null).toList();
        assertThat(marked)
                .extracting(i -> i.evidence().claim().toLowerCase(java.util.Locale.ROOT))
                .anySatisfy(c -> assertThat(c).contains("lactic"))
                .anySatisfy(c -> assertThat(c).containsAnyOf("heat", "hot "));
        assertThat(marked).allSatisfy(i -> assertThat(i.evidence().sources()).isNotEmpty());
    }
}
