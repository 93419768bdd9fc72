package org.runmend.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.runmend.accounts.Accounts;
import org.runmend.activity.Activity;
import org.runmend.activity.ActivitySource;
import org.runmend.activity.Distance;
import org.runmend.activity.Lap;
import org.runmend.activity.Sample;
import org.runmend.activity.Sport;
import org.runmend.store.Database;
import org.runmend.store.NotFoundException;
import org.runmend.support.TestClock;

/** The same training-log storage behaviour on every database. */
abstract class ActivityStoreContract {
    private Database db;
    private ActivityStore store;
    private String ann;
    private String bob;

    abstract Database open();

    @BeforeEach
    void setUp() {
        db = open();
        Accounts accounts = new Accounts(db, TestClock.FIXED);
        ann = accounts.signUp("ann@example.org", "Ann", "a long secret phrase").id();
        bob = accounts.signUp("bob@example.org", "Bob", "a long secret phrase").id();
        store = new ActivityStore(db, TestClock.FIXED);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static Activity run(String startIso, double km, String source) {
        ZonedDateTime start = ZonedDateTime.parse(startIso);
        Instant t0 = start.toInstant();
        List<Sample> samples = List.of(
                new Sample(t0, 46.05, 14.5, 300.0, 0.0, 120, 170, 0.0),
                new Sample(t0.plusSeconds(10), 46.0501, 14.5001, null, 25.0, null, 172, 2.5));
        List<Lap> laps = List.of(
                new Lap(t0, Duration.ofMinutes(30), Duration.ofMinutes(29), Distance.ofKilometres(km), 150, 171));
        return Activity.builder(Sport.RUNNING, start, Distance.ofKilometres(km), Duration.ofMinutes(30))
                .moving(Duration.ofMinutes(29))
                .elevationGainMetres(45.5)
                .averageHeartRate(150)
                .maxHeartRate(171)
                .averageCadence(170)
                .maxCadence(182)
                .laps(laps)
                .samples(samples)
                .name("Morning run")
                .source(ActivitySource.ofId(source))
                .sourceName("run." + source)
                .build();
    }

    /** A GPX whose name is {@code name}, as a file someone might upload. */
    static byte[] gpxNamed(String name) {
        String escaped = name.replace("&", "&amp;").replace("<", "&lt;");
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><gpx version=\"1.1\" creator=\"t\" "
                        + "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><name>" + escaped
                        + "</name><type>running</type><trkseg>"
                        + "<trkpt lat=\"46.05\" lon=\"14.5\"><time>2026-05-03T07:00:00Z</time></trkpt>"
                        + "<trkpt lat=\"46.051\" lon=\"14.501\"><time>2026-05-03T07:01:00Z</time></trkpt>"
                        + "<trkpt lat=\"46.052\" lon=\"14.502\"><time>2026-05-03T07:02:00Z</time></trkpt>"
                        + "</trkseg></trk></gpx>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void imported_names_are_cut_to_the_documented_length_and_cleaned_on_every_import_path() throws Exception {
        ImportService imports =
                new ImportService(new TrainingService(db, TestClock.FIXED), org.runmend.importer.Importer.lenient());
        // a GPX upload with a 300-character name ending in a non-character: PostgreSQL refused the whole import
        String longName = "Hill repeats \n with\tfriends ".repeat(20) + "\uD83C\uDFC3";
        ImportService.Summary gpx =
                imports.importUpload(ann, "long.gpx", new java.io.ByteArrayInputStream(gpxNamed(longName)));
        assertThat(gpx.imported()).as(gpx.line() + gpx.failed()).isEqualTo(1);
        String stored = store.get(ann, gpx.importedIds().get(0)).activity().name();
        assertThat(stored.codePointCount(0, stored.length())).isBetween(Activity.MAX_NAME - 1, Activity.MAX_NAME);
        assertThat(stored).doesNotEndWith(" ");
        assertThat(stored)
                .startsWith("Hill repeats with friends Hill")
                .doesNotContain("\n")
                .doesNotContain("\t");
        String raw = db.jdbi()
                .withHandle(h -> h.createQuery("SELECT name FROM activities WHERE id = :id")
                        .bind("id", gpx.importedIds().get(0))
                        .mapTo(String.class)
                        .one());
        assertThat(raw).isEqualTo(stored);

        // a Strava export's CSV name (2,000 characters) for a GPX without a name
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zip)) {
            z.putNextEntry(new java.util.zip.ZipEntry("activities.csv"));
            z.write(("Activity ID,Activity Name,Activity Type,Filename\n1,\"" + "x".repeat(2000)
                            + "\uFFFE\",Run,activities/1.gpx\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.putNextEntry(new java.util.zip.ZipEntry("activities/1.gpx"));
            z.write(new String(gpxNamed("placeholder"), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("<name>placeholder</name>", "")
                    .replace("07:0", "09:0")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        ImportService.Summary strava =
                imports.importUpload(bob, "export.zip", new java.io.ByteArrayInputStream(zip.toByteArray()));
        assertThat(strava.imported()).as(strava.line() + strava.failed()).isEqualTo(1);
        assertThat(store.get(bob, strava.importedIds().get(0)).activity().name())
                .isEqualTo("x".repeat(Activity.MAX_NAME));
    }

    @Test
    void a_page_reads_a_long_stream_thinned_to_a_fixed_number_of_samples() {
        Instant t0 = Instant.parse("2026-05-03T07:00:00Z");
        List<Sample> samples = new java.util.ArrayList<>();
        for (int i = 0; i < 100_001; i++) {
            samples.add(new Sample(t0.plusMillis(100L * i), 46.0 + i * 1e-6, 14.5, 300.0, i * 0.4, 150, 170, 4.0));
        }
        Activity a = Activity.builder(
                        Sport.RUNNING,
                        t0.atZone(ZoneId.of("UTC")),
                        org.runmend.activity.Distance.ofMetres(40_000),
                        Duration.ofSeconds(10_000))
                .samples(samples)
                .source(ActivitySource.GPX)
                .build();
        String id = store.save(ann, a, RunDetails.NONE).id();
        StoredActivity thin = store.get(ann, id, 1_000);
        assertThat(thin.activity().samples()).hasSizeLessThanOrEqualTo(1_000).hasSizeGreaterThan(900);
        assertThat(thin.activity().samples().get(0)).isEqualTo(samples.get(0));
        assertThat(thin.activity().samples().get(thin.activity().samples().size() - 1))
                .isEqualTo(samples.get(100_000));
        assertThat(thin.points()).isEqualTo(100_001);
        assertThat(store.get(ann, id).activity().samples()).hasSize(100_001);
        assertThat(store.get(ann, id, ActivityStore.PAGE_SAMPLES).activity().samples())
                .hasSizeLessThanOrEqualTo(ActivityStore.PAGE_SAMPLES);
    }

    @Test
    void an_activity_round_trips_with_its_laps_samples_and_time_zone() {
        Activity a = run("2026-05-03T07:15:00+02:00[Europe/Ljubljana]", 10.2, "gpx");
        ActivityStore.Saved saved = store.save(ann, a, new RunDetails(Surface.TRAIL, true, 6, null));
        StoredActivity back = store.get(ann, saved.id());
        assertThat(back.activity().start()).isEqualTo(a.start());
        assertThat(back.activity().start().getZone()).isEqualTo(ZoneId.of("Europe/Ljubljana"));
        assertThat(back.activity().distance()).isEqualTo(a.distance());
        assertThat(back.activity().laps()).isEqualTo(a.laps());
        assertThat(back.activity().samples()).isEqualTo(a.samples());
        assertThat(back.activity().averageHeartRate()).isEqualTo(150);
        assertThat(back.details()).isEqualTo(new RunDetails(Surface.TRAIL, true, 6, null));
        assertThat(back.activity().source()).isEqualTo(ActivitySource.GPX);
    }

    @Test
    void a_stored_source_is_kept_as_its_text_and_an_unknown_one_is_named_when_read() {
        String id = store.save(ann, run("2026-05-03T07:15:00Z", 10.0, "strava-zip"), RunDetails.NONE)
                .id();
        String stored = db.jdbi()
                .withHandle(h -> h.createQuery("SELECT source FROM activities WHERE id = :id")
                        .bind("id", id)
                        .mapTo(String.class)
                        .one());
        assertThat(stored).isEqualTo("strava-zip");
        db.jdbi()
                .useHandle(h -> h.createUpdate("UPDATE activities SET source = 'polar-flow' WHERE id = :id")
                        .bind("id", id)
                        .execute());
        assertThatThrownBy(() -> store.get(ann, id)).hasMessageContaining("'polar-flow'");
    }

    @Test
    void re_importing_the_same_activity_is_recognised_even_from_another_format() {
        ActivityStore.Saved first = store.save(ann, run("2026-05-03T07:15:00Z", 10.0, "fit"), RunDetails.NONE);
        ActivityStore.Saved again = store.save(ann, run("2026-05-03T07:15:40Z", 10.15, "gpx"), RunDetails.NONE);
        assertThat(again.duplicate()).isTrue();
        assertThat(again.id()).isEqualTo(first.id());
        ActivityStore.Saved later = store.save(ann, run("2026-05-03T17:15:00Z", 10.0, "gpx"), RunDetails.NONE);
        assertThat(later.duplicate()).isFalse();
        assertThat(store.count(ann)).isEqualTo(2);
    }

    @Test
    void one_runners_activity_is_not_a_duplicate_of_anothers() {
        store.save(ann, run("2026-05-03T07:15:00Z", 10.0, "fit"), RunDetails.NONE);
        assertThat(store.save(bob, run("2026-05-03T07:15:00Z", 10.0, "fit"), RunDetails.NONE)
                        .duplicate())
                .isFalse();
    }

    @Test
    void runner_b_can_neither_read_nor_change_nor_delete_runner_as_activity_by_its_id() {
        String id = store.save(ann, run("2026-05-03T07:15:00Z", 10.0, "fit"), RunDetails.NONE)
                .id();
        assertThatThrownBy(() -> store.get(bob, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.updateDetails(bob, id, new RunDetails(Surface.ROAD, false, 3, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.delete(bob, id)).isInstanceOf(NotFoundException.class);
        assertThat(store.list(bob, 100, 0)).isEmpty();
        assertThat(store.get(ann, id).details()).isEqualTo(RunDetails.NONE);
    }

    @Test
    void list_is_newest_first_and_since_is_oldest_first() {
        store.save(ann, run("2026-05-01T07:00:00Z", 5, "fit"), RunDetails.NONE);
        store.save(ann, run("2026-05-03T07:00:00Z", 8, "fit"), RunDetails.NONE);
        store.save(ann, run("2026-05-02T07:00:00Z", 6, "fit"), RunDetails.NONE);
        assertThat(store.list(ann, 10, 0))
                .extracting(s -> s.activity().distance().toKilometres())
                .containsExactly(8.0, 6.0, 5.0);
        assertThat(store.since(ann, Instant.parse("2026-05-02T00:00:00Z")))
                .extracting(s -> s.activity().distance().toKilometres())
                .containsExactly(6.0, 8.0);
    }

    @Test
    void details_out_of_range_are_refused_naming_the_value() {
        assertThatThrownBy(() -> Surface.ofId("sand")).hasMessageContaining("'sand'");
        assertThatThrownBy(() -> new RunDetails(null, null, 11, null)).hasMessageContaining("11");
    }
}
