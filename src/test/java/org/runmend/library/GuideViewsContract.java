package org.runmend.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.runmend.library.GuideViews.Count;
import org.runmend.store.Database;

/** The same "most read" counting on every database. */
abstract class GuideViewsContract {
    private static final Instant MAY_1 = Instant.parse("2026-05-01T10:00:00Z");
    private Database db;

    abstract Database open();

    @BeforeEach
    void setUp() {
        db = open();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private GuideViews on(Instant when) {
        return new GuideViews(db, Clock.fixed(when, ZoneOffset.UTC));
    }

    @Test
    void a_visitor_counts_once_per_guide_and_day() {
        GuideViews views = on(MAY_1);
        for (int i = 0; i < 60; i++) {
            views.record("condition/doms", "client:10.0.0.1|curl");
        }
        views.record("condition/doms", "client:10.0.0.2|curl");
        views.record("region/knee", "client:10.0.0.1|curl");
        assertThat(views.views("condition/doms")).isEqualTo(2);
        assertThat(views.views("region/knee")).isEqualTo(1);
        assertThat(on(MAY_1.plusSeconds(86_400)).record("condition/doms", "client:10.0.0.1|curl"))
                .isTrue();
        assertThat(views.views("condition/doms")).isEqualTo(3);
        // only today's visitors are kept, as hashes
        int kept = db.jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM guide_view_visitors")
                        .mapTo(Integer.class)
                        .one());
        assertThat(kept).isEqualTo(1);
        String visitor = db.jdbi()
                .withHandle(h -> h.createQuery("SELECT visitor FROM guide_view_visitors")
                        .mapTo(String.class)
                        .one());
        assertThat(visitor).doesNotContain("10.0.0.1").hasSize(64);
    }

    @Test
    void each_view_is_counted() {
        GuideViews views = on(MAY_1);
        assertThat(views.views("condition/plantar-fasciitis")).isZero();
        views.record("condition/plantar-fasciitis");
        views.record("condition/plantar-fasciitis");
        views.record("region/knee");
        assertThat(views.views("condition/plantar-fasciitis")).isEqualTo(2);
        assertThat(views.views("region/knee")).isEqualTo(1);
    }

    @Test
    void most_read_lists_the_most_viewed_guides_first_and_ties_by_slug() {
        GuideViews views = on(MAY_1);
        for (int i = 0; i < 3; i++) {
            views.record("condition/medial-tibial-stress-syndrome");
        }
        views.record("region/knee");
        views.record("condition/doms");
        on(MAY_1.plusSeconds(86_400 * 3)).record("condition/medial-tibial-stress-syndrome");

        assertThat(views.mostRead(10))
                .containsExactly(
                        new Count("condition/medial-tibial-stress-syndrome", 4),
                        new Count("condition/doms", 1),
                        new Count("region/knee", 1));
        assertThat(views.mostRead(1))
                .extracting(Count::slug)
                .containsExactly("condition/medial-tibial-stress-syndrome");
        assertThat(views.mostRead(0)).isEmpty();
    }

    @Test
    void most_read_since_a_day_counts_only_the_views_from_then_on() {
        on(MAY_1).record("region/knee");
        on(MAY_1).record("region/knee");
        GuideViews later = on(MAY_1.plusSeconds(86_400 * 10));
        later.record("region/calf");

        assertThat(later.mostRead(5, LocalDate.of(2026, 5, 5))).containsExactly(new Count("region/calf", 1));
        assertThat(later.mostRead(5)).extracting(Count::slug).containsExactly("region/knee", "region/calf");
    }

    @Test
    void views_recorded_at_once_are_all_counted() throws InterruptedException {
        GuideViews views = on(MAY_1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 40; i++) {
            pool.execute(() -> views.record("region/shin"));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(views.views("region/shin")).isEqualTo(40);
    }

    @Test
    void a_malformed_slug_is_refused() {
        GuideViews views = on(MAY_1);
        assertThatThrownBy(() -> views.record("../../etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("../../etc/passwd");
        assertThatThrownBy(() -> views.record(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(views.mostRead(5)).isEmpty();
    }
}
