package org.runmend.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.runmend.assessment.Assessment;
import org.runmend.assessment.RankedCondition;
import org.runmend.knowledge.Triage;

class PdfReportTest {
    private final PdfReport pdf = new PdfReport(Reports.KB);

    @Test
    void heel_report_shows_triage_top_condition_answers_load_and_shoes() throws IOException {
        ClinicianReport report = Reports.heelReport();
        RankedCondition top = report.assessment().top();

        String text = text(pdf.render(report));

        assertThat(text).contains("not a diagnosis");
        assertThat(text).contains("Triage: " + report.assessment().triage().id().toUpperCase(java.util.Locale.ROOT));
        assertThat(text)
                .contains(top.condition().name())
                .contains("ICD-10 " + top.condition().icd10());
        assertThat(top.condition().name()).startsWith("Plantar fasciitis");
        assertThat(text).contains("Is it at its worst for the first few steps");
        assertThat(text)
                .contains("Week of 14 Apr 2025")
                .contains("Week of 2 Jun 2025")
                .contains("38.4")
                .contains("SPIKE: 48% more than the average");
        assertThat(text).contains("Brooks Ghost 15").contains("due for replacement");
        assertThat(text).contains("Pain over time").contains("Date");
        assertThat(text).contains("Page 1 of");
    }

    @Test
    void the_runners_own_words_are_in_the_report_before_the_answers() throws IOException {
        ClinicianReport report = new ClinicianReport(
                "Jo",
                Reports.GENERATED,
                Reports.heel(),
                List.of(),
                List.of(),
                List.of(),
                "Heel kills first thing every morning,\n\nabout a 6 out of 10 \uD83D\uDE2D");
        String text = text(pdf.render(report));
        assertThat(text)
                .contains("In the runner's own words")
                .contains("Heel kills first thing every morning,")
                .contains("about a 6 out of 10");
        assertThat(text.indexOf("In the runner's own words")).isLessThan(text.indexOf("The runner's answers"));
    }

    @Test
    void emergency_back_report_names_saddle_numbness_as_a_red_flag() throws IOException {
        Assessment back = Reports.backEmergency();
        assertThat(back.triage()).isEqualTo(Triage.EMERGENCY);
        ClinicianReport report = new ClinicianReport("Jo", Reports.GENERATED, back, List.of(), List.of(), List.of());

        String text = text(pdf.render(report));

        assertThat(text).contains("Triage: EMERGENCY: Get emergency help now");
        assertThat(text)
                .contains("Red flags the runner reported")
                .contains(Reports.KB.finding("saddle-numbness").orElseThrow().means());
        assertThat(text).contains(back.top().condition().icd10());
    }

    @Test
    void empty_training_log_diary_and_shoes_are_stated() throws IOException {
        ClinicianReport report =
                new ClinicianReport("Sam", Reports.GENERATED, Reports.heel(), List.of(), List.of(), List.of());

        String text = text(pdf.render(report));

        assertThat(text)
                .contains("No training log")
                .contains("No pain diary entries")
                .contains("No shoes recorded");
    }

    @Test
    void long_report_runs_over_several_pages_and_stays_inside_the_margins() throws IOException {
        ClinicianReport report = Reports.longReport();
        assertThat(report.assessment().input().findings()).hasSizeGreaterThan(40);
        assertThat(report.pain()).hasSizeGreaterThanOrEqualTo(60);

        byte[] bytes = pdf.render(report);

        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        if (p.getDir() != 0) {
                            continue; // the chart's vertical axis label
                        }
                        float right = p.getXDirAdj() + p.getWidthDirAdj();
                        float top = p.getYDirAdj();
                        if (right > PDRectangle.A4.getWidth() - Layout.MARGIN + 1
                                || p.getXDirAdj() < Layout.MARGIN - 1
                                || top > PDRectangle.A4.getHeight() - 20
                                || top < 40) {
                            outside.add(text + " on page " + getCurrentPageNo());
                            break;
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(doc);
            assertThat(outside).isEmpty();
            assertThat(text).contains("Page " + doc.getNumberOfPages() + " of " + doc.getNumberOfPages());
            assertThat(text).contains("Question").contains("Week of");
        }
    }

    @Test
    void text_outside_winansi_is_replaced_instead_of_failing() throws IOException {
        ClinicianReport report = new ClinicianReport(
                "Zoë “Łódź” 跑者 ≥ 10 km → 🏃",
                Reports.GENERATED,
                Reports.heel(),
                List.of(Reports.entry(
                        LocalDate.of(2025, 6, 1), "heel-bottom", 4, "Pain ≥ 4 after 5 km − better with ice ✓")),
                List.of(),
                List.of(new ShoeLine("Nike Pegasus 40 ™ – αλφα", 10, 0, false, null)));

        String text = text(pdf.render(report));

        assertThat(text)
                .contains("Zoë “Lódz” ?? >= 10 km -> ?")
                .contains("Pain >= 4 after 5 km - better with ice yes")
                .contains("Nike Pegasus 40 ™ –");
    }

    @Test
    void sample_report_is_written_to_target_for_a_look() throws IOException {
        byte[] bytes = pdf.render(Reports.heelReport());
        Path out = Path.of("target", "report-sample.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        Files.write(Path.of("target", "report-sample-long.pdf"), pdf.render(Reports.longReport()));
        assertThat(bytes.length).isLessThan(200_000);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
