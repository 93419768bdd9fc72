package org.runmend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.support.Shared;

/**
 * The terminal summary of every dev case says one thing: an emergency is the first line and its
 * causes come after it as secondary, whom to see matches the level, and no id is shown (the
 * warning signs once read {@code pain-3-days-or-less}).
 */
class SummaryMessageTest {
    private static final Pattern ID_LIKE = Pattern.compile("\\b[a-z0-9]+(?:-[a-z0-9]+)+\\b");
    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    private final InputStream originalIn = System.in;

    @AfterEach
    void restoreStdin() {
        System.setIn(originalIn);
    }

    @Test
    void summaries_of_the_dev_cases_lead_with_the_level_and_show_no_id() throws Exception {
        Set<String> ids = new HashSet<>();
        KB.findings().forEach(f -> ids.add(f.id()));
        KB.conditions().forEach(c -> ids.add(c.id()));
        KB.regions().forEach(r -> ids.add(r.id()));
        int read = 0;
        int skipped = 0;
        int emergencies = 0;
        for (String line : Files.readAllLines(Shared.devCases())) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            System.setIn(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)));
            int status = Main.run(new String[] {"assess"}, new PrintWriter(out, true), new PrintWriter(err, true));
            if (status != 0) {
                assertThat(err.toString()).as(line).contains("unknown");
                skipped++;
                continue;
            }
            read++;
            String text = out.toString();
            Matcher m = ID_LIKE.matcher(text.substring(text.indexOf('\n')));
            while (m.find()) {
                assertThat(ids).as(text).doesNotContain(m.group());
            }
            if (text.contains("(emergency)")) {
                emergencies++;
                assertThat(text)
                        .contains("WHAT TO DO: GET EMERGENCY HELP NOW")
                        .contains("This needs emergency care now because")
                        .contains("OTHER POSSIBLE CAUSES (the emergency above comes first)")
                        .containsPattern("WHOM TO SEE: [^\\n]*\\bnow\\b");
                assertThat(text.indexOf("This needs emergency care now"))
                        .isLessThan(text.indexOf("OTHER POSSIBLE CAUSES"));
            }
        }
        System.out.println("[summaries] " + read + " dev cases summarised, " + skipped
                + " skipped for ids this knowledge does not know");
        assertThat(read).isGreaterThan(100);
        assertThat(emergencies).isGreaterThan(5);
    }
}
