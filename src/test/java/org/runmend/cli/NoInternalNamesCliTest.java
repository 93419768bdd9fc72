package org.runmend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Region;
import org.runmend.store.Database;
import org.runmend.support.Databases;
import org.runmend.support.TestClock;
import org.runmend.training.TrainingService;

/** The terminal summaries cite the web articles by title and date, never as seeds or by file name. */
class NoInternalNamesCliTest {
    private static final Pattern INTERNAL = Pattern.compile("(?i)\\bseeds?\\b|\\d{3}_[0-9a-f]{16}");
    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    private final InputStream originalIn = System.in;

    @AfterEach
    void restoreStdin() {
        System.setIn(originalIn);
    }

    @Test
    void assess_summaries_of_every_region_name_no_seed() {
        StringBuilder all = new StringBuilder();
        for (Region r : KB.regions()) {
            for (boolean answer : new boolean[] {false, true}) {
                StringBuilder findings = new StringBuilder();
                for (Finding f : KB.findings()) {
                    if (!f.isDerived() && !f.isRedFlag()) {
                        findings.append(findings.isEmpty() ? "" : ",")
                                .append('"')
                                .append(f.id())
                                .append("\":")
                                .append(answer);
                    }
                }
                String json = "{\"id\":\"x\",\"age\":40,\"sex\":\"male\",\"region\":\"" + r.id()
                        + "\",\"durationDays\":20,\"painScore\":4,\"findings\":{" + findings + "}}";
                StringWriter out = new StringWriter();
                System.setIn(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
                int status = Main.run(
                        new String[] {"assess"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
                assertThat(status).as(r.id()).isZero();
                all.append(out);
            }
        }
        assertThat(all.toString()).contains("POSSIBLE CAUSES").doesNotContainPattern(INTERNAL);
    }

    @Test
    void load_summary_names_no_seed(@TempDir java.nio.file.Path dir) throws Exception {
        try (Database db = Databases.sqlite(dir)) {
            var runner = new org.runmend.accounts.Accounts(db, TestClock.FIXED)
                    .signUp("load@example.org", "Load", "velvet kettle migrates north");
            StringWriter out = new StringWriter();
            LoadPrinter.write(
                    new TrainingService(db, TestClock.FIXED).report(runner.id(), 8, java.time.ZoneOffset.UTC),
                    new PrintWriter(out, true));
            assertThat(out.toString()).contains("WHAT YOUR LOG SHOWS").doesNotContainPattern(INTERNAL);
        }
    }
}
