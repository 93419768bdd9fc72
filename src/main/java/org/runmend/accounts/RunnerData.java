package org.runmend.accounts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.runmend.store.Database;

/**
 * Everything a runner has, out and gone: export as one ZIP (a JSON file with all of it, and a
 * CSV per table), and deletion of the account with all its data.
 *
 * <p>{@link #TABLES} names every table that holds a runner's rows; a test checks it against the
 * schema, so a new table cannot be forgotten here.
 */
public final class RunnerData {
    /** Tables with a {@code runner_id} column, in an order that respects foreign keys on delete. */
    public static final List<String> TABLES =
            List.of("pain_entries", "plans", "assessments", "best_efforts", "activities", "shoes", "sessions",
                    "password_resets");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Jdbi jdbi;
    private final java.time.Clock clock;

    public RunnerData(Database db, java.time.Clock clock) {
        this.jdbi = db.jdbi();
        this.clock = clock;
    }

    /**
     * A ZIP with {@code runmend-export.json} and one CSV per table; secrets (password hash,
     * session tokens, password-reset links) left out.
     *
     * <p>The JSON is for machines and complete: every column of every row, times as ISO-8601
     * instants ({@code "2025-06-01T07:00:00Z"}), stored JSON (laps, pain checks) as JSON, and each
     * activity's recorded samples in full. The CSVs are for people with a spreadsheet: ISO dates
     * and local times, distances in km and durations as h:mm:ss rounded for reading, and no
     * encoded or nested columns.
     */
    public byte[] export(String runnerId) {
        return jdbi.withHandle(h -> {
            Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
            all.put("account", rows(h, "SELECT id, email, display_name, created_at FROM runners WHERE id = :r", runnerId));
            for (String table : TABLES) {
                if (table.equals("sessions") || table.equals("password_resets")) {
                    continue;
                }
                // an activity's laps and samples live in activity_streams (kept apart so lists stay light);
                // the export puts them back on the activity they belong to
                all.put(table, rows(h, table.equals("activities")
                        ? "SELECT a.*, s.laps_json, s.samples_gz FROM activities a "
                                + "LEFT JOIN activity_streams s ON s.activity_id = a.id WHERE a.runner_id = :r"
                        : "SELECT * FROM " + table + " WHERE runner_id = :r", runnerId));
            }
            // case_hash only says "kept already" (SavedAssessments); it is no data of the runner's
            all.getOrDefault("assessments", List.of()).forEach(row -> row.remove("case_hash"));
            all.put("plan_checks", rows(h, "SELECT c.* FROM plan_checks c JOIN plans p ON p.id = c.plan_id WHERE p.runner_id = :r",
                    runnerId));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("format", "runmend-export/2");
            json.put("exported_at", clock.instant().toString());
            all.forEach((table, rows) -> json.put(table, rows.stream().map(RunnerData::forMachines).toList()));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("runmend-export.json"));
                zip.write(JSON.writeValueAsBytes(json));
                zip.closeEntry();
                for (Map.Entry<String, List<Map<String, Object>>> e : all.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey() + ".csv"));
                    zip.write(csv(e.getValue().stream().map(RunnerData::forPeople).toList()).getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        });
    }

    /** Columns that hold epoch milliseconds. */
    private static boolean isInstant(String column) {
        return column.equals("created_at") || column.equals("expires_at") || column.equals("start_ms") || column.equals("at");
    }

    /** A row for the JSON file: nothing left out, nothing encoded. */
    static Map<String, Object> forMachines(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            if (value != null && isInstant(column)) {
                out.put(column.equals("start_ms") ? "start" : column,
                        java.time.Instant.ofEpochMilli(((Number) value).longValue()).toString());
            } else if (column.endsWith("_json")) {
                out.put(column.substring(0, column.length() - "_json".length()), value == null ? null : parse(value.toString()));
            } else if (column.equals("samples_gz")) {
                out.put("samples", samples(value == null ? null : value.toString()));
            } else {
                out.put(column, value);
            }
        });
        return out;
    }

    /** A row for a spreadsheet: readable dates, rounded figures, no encoded or nested columns. */
    static Map<String, Object> forPeople(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        java.time.ZoneId zone = row.get("zone") instanceof String z ? zoneOf(z) : java.time.ZoneOffset.UTC;
        row.forEach((column, value) -> {
            if (column.endsWith("_json") || column.equals("samples_gz") || column.equals("runner_id")) {
                return;
            }
            if (value != null && isInstant(column)) {
                java.time.Instant at = java.time.Instant.ofEpochMilli(((Number) value).longValue());
                if (column.equals("start_ms")) {
                    java.time.LocalDateTime local = java.time.LocalDateTime.ofInstant(at, zone);
                    out.put("date", local.toLocalDate().toString());
                    out.put("start_time", local.toLocalTime().withNano(0).toString());
                } else {
                    out.put(column, at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
                }
                return;
            }
            switch (column) {
                case "distance_m" -> out.put("distance_km", value == null ? null : round(((Number) value).doubleValue() / 1000, 2));
                case "moving_s" -> out.put("moving_time", value == null ? null : clock(((Number) value).longValue()));
                case "elapsed_s" -> out.put("elapsed_time", value == null ? null : clock(((Number) value).longValue()));
                case "elevation_gain" -> out.put("elevation_gain_m", value == null ? null : Math.round(((Number) value).doubleValue()));
                default -> out.put(column, value instanceof Double || value instanceof Float
                        ? round(((Number) value).doubleValue(), 1) : value);
            }
        });
        return out;
    }

    private static java.time.ZoneId zoneOf(String id) {
        try {
            return java.time.ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            return java.time.ZoneOffset.UTC;
        }
    }

    private static String round(double v, int decimals) {
        return java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String clock(long seconds) {
        return String.format(java.util.Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private static Object parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return text;
        }
    }

    private static List<Map<String, Object>> samples(String packed) {
        return org.runmend.training.ActivityStore.unpackSamples(packed).stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("time", s.time().toString());
            putIf(m, "latitude", s.latitude());
            putIf(m, "longitude", s.longitude());
            putIf(m, "elevation_m", s.elevationMetres());
            putIf(m, "distance_m", s.distanceMetres());
            putIf(m, "heart_rate", s.heartRate());
            putIf(m, "cadence", s.cadence());
            putIf(m, "speed_m_per_s", s.speedMetresPerSecond());
            return m;
        }).toList();
    }

    private static void putIf(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    /** Deletes the account and every row that belongs to it, in one transaction. */
    public void delete(String runnerId) {
        jdbi.useTransaction(h -> {
            String email = h.createQuery("SELECT email FROM runners WHERE id = :r").bind("r", runnerId)
                    .mapTo(String.class).findFirst().orElse(null);
            h.createUpdate("DELETE FROM plan_checks WHERE plan_id IN (SELECT id FROM plans WHERE runner_id = :r)")
                    .bind("r", runnerId).execute();
            for (String table : TABLES) {
                h.createUpdate("DELETE FROM " + table + " WHERE runner_id = :r").bind("r", runnerId).execute();
            }
            if (email != null) {
                // the log-in counts keyed by the e-mail: per account, per account and address, known addresses
                h.createUpdate("DELETE FROM login_attempts WHERE attempt_key = :k "
                                + "OR substr(attempt_key, 1, length(:pair)) = :pair OR substr(attempt_key, 1, length(:ok)) = :ok")
                        .bind("k", "email:" + email).bind("pair", "pair:" + email + "|").bind("ok", "ok:" + email + "|")
                        .execute();
            }
            h.createUpdate("DELETE FROM runners WHERE id = :r").bind("r", runnerId).execute();
        });
    }

    private static List<Map<String, Object>> rows(Handle h, String sql, String runnerId) {
        return h.createQuery(sql).bind("r", runnerId).mapToMap().list();
    }

    static String csv(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(String.join(",", rows.get(0).keySet())).append('\n');
        for (Map<String, Object> row : rows) {
            b.append(String.join(",", row.values().stream().map(RunnerData::cell).toList())).append('\n');
        }
        return b.toString();
    }

    /**
     * One CSV cell. Text that a spreadsheet would run as a formula (starting with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading {@code '} and is
     * quoted, as OWASP's CSV injection advice says; numbers stay numbers. The JSON file keeps every
     * value exactly as saved.
     */
    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        String s = v.toString();
        if (!(v instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "\"'" + s.replace("\"", "\"\"") + "\"";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
