package org.runmend.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The format registry is the one list of formats: names, suffixes and messages come from it. */
class FormatRegistryTest {
    @Test
    void a_name_tells_its_format_also_gzipped_and_in_capitals() {
        assertThat(Format.byName("morning.GPX")).contains(Format.GPX);
        assertThat(Format.byName("activities/123.fit.gz")).contains(Format.FIT);
        assertThat(Format.byName("export_1.zip")).contains(Format.ZIP);
        assertThat(Format.byName("notes.txt")).isEmpty();
    }

    @Test
    void single_files_may_come_gzipped_archives_not() {
        assertThat(Format.suffixes()).containsExactly(".gpx", ".gpx.gz", ".tcx", ".tcx.gz", ".fit", ".fit.gz", ".zip");
        assertThat(Format.looksImportable("RUN.TCX.GZ")).isTrue();
        assertThat(Format.looksImportable("export.zip.gz")).isFalse();
    }

    @Test
    void messages_name_every_format_from_the_registry() {
        assertThat(Format.described()).isEqualTo("GPX, TCX, FIT or a Strava export ZIP");
        assertThat(Format.activityFileLabels()).isEqualTo("GPX, TCX or FIT");
        assertThat(Format.activityFileExtensions()).isEqualTo(".gpx, .tcx or .fit");
    }

    @Test
    void content_wins_over_the_name() {
        byte[] tcx = "<?xml version=\"1.0\"?><TrainingCenterDatabase>".getBytes(StandardCharsets.UTF_8);
        assertThat(Format.detect("run.gpx", tcx, tcx.length)).isEqualTo(Format.TCX);
        byte[] none = "hello".getBytes(StandardCharsets.UTF_8);
        assertThat(Format.detect("run.fit", none, none.length)).isEqualTo(Format.FIT);
        assertThat(Format.detect("run.txt", none, none.length)).isNull();
    }

    /** The log page's file input (a template) lists what the registry reads; a new format shows here. */
    @Test
    void the_upload_input_accepts_what_the_registry_reads() throws IOException {
        String log = Files.readString(Path.of("src/main/jte/training/log.jte"));
        assertThat(log).contains("accept=\"" + Format.accept() + "\"");
    }
}
