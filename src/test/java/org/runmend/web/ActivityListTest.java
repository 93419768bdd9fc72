package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.runmend.activity.Activity;
import org.runmend.activity.ActivitySource;
import org.runmend.activity.Distance;
import org.runmend.activity.Sample;
import org.runmend.activity.Sport;
import org.runmend.training.RunDetails;

/**
 * Lists of activities (the log page, the load page, {@code GET /api/v1/activities}) read the
 * summary columns only, never the stored sample streams, and the API pages its answer.
 */
class ActivityListTest {
    @RegisterExtension
    static final PageTestApp APP = new PageTestApp();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebClient runner;

    @BeforeAll
    static void aRunnerWith150RunsThatHaveSamples() throws Exception {
        runner = APP.signUp("lister@example.org");
        String id = APP.runnerId("lister@example.org");
        for (int i = 0; i < 150; i++) {
            ZonedDateTime start =
                    LocalDate.of(2026, 1, 1).plusDays(i).atTime(7, 0).atZone(ZoneId.of("UTC"));
            List<Sample> samples = new ArrayList<>();
            for (int s = 0; s < 300; s++) {
                Instant t = start.toInstant().plusSeconds(s * 6L);
                samples.add(new Sample(t, 46.0 + s * 1e-4, 14.5, 300.0, s * 16.0, 150, 170, 2.7));
            }
            APP.training.save(
                    id,
                    Activity.builder(Sport.RUNNING, start, Distance.ofMetres(4800), Duration.ofMinutes(31))
                            .moving(Duration.ofMinutes(30))
                            .elevationGainMetres(20.0)
                            .averageHeartRate(150)
                            .maxHeartRate(160)
                            .averageCadence(170)
                            .maxCadence(180)
                            .samples(samples)
                            .name("Run " + i)
                            .source(ActivitySource.GPX)
                            .sourceName("run" + i + ".gpx")
                            .build(),
                    RunDetails.NONE);
        }
    }

    @Test
    void the_log_the_load_page_and_the_api_never_read_sample_streams() throws Exception {
        List<String> sql = new CopyOnWriteArrayList<>();
        APP.db.jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                sql.add(context.getRenderedSql());
            }
        });
        try {
            assertThat(runner.get("/log").statusCode()).isEqualTo(200);
            assertThat(runner.get("/log?page=3").statusCode()).isEqualTo(200);
            assertThat(runner.get("/load").statusCode()).isEqualTo(200);
            assertThat(api("/api/v1/activities").statusCode()).isEqualTo(200);
        } finally {
            APP.db.jdbi().setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
        }
        List<String> onActivities = sql.stream()
                .filter(s -> s.toLowerCase(java.util.Locale.ROOT).contains("from activities"))
                .toList();
        assertThat(onActivities).isNotEmpty();
        assertThat(onActivities)
                .allSatisfy(s -> assertThat(s.toLowerCase(java.util.Locale.ROOT))
                        .doesNotContain("select *")
                        .doesNotContain("samples_gz")
                        .doesNotContain("laps_json"));
    }

    @Test
    void the_api_answers_one_page_at_a_time_with_the_total_and_a_link_to_the_next() throws Exception {
        HttpResponse<String> first = api("/api/v1/activities");
        JsonNode page = JSON.readTree(first.body());
        assertThat(page.size()).isEqualTo(100);
        assertThat(first.headers().firstValue("X-Total-Count")).hasValue("150");
        assertThat(first.headers().firstValue("Link"))
                .hasValue("</api/v1/activities?offset=100&limit=100>; rel=\"next\"");
        assertThat(page.get(0).get("name").asText()).isEqualTo("Run 149");
        assertThat(page.get(0).get("file").asText()).isEqualTo("run149.gpx");
        assertThat(page.get(0).get("points").asInt()).isEqualTo(300);

        JsonNode last =
                JSON.readTree(api("/api/v1/activities?offset=140&limit=20").body());
        assertThat(last.size()).isEqualTo(10);
        assertThat(last.get(9).get("name").asText()).isEqualTo("Run 0");

        HttpResponse<String> tooMany = api("/api/v1/activities?limit=100000");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("limit");
    }

    private static HttpResponse<String> api(String path) throws Exception {
        return runner.send(HttpRequest.newBuilder(URI.create(runner.base() + path)));
    }
}
