package org.runmend.accounts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jdbi.v3.core.Jdbi;
import org.runmend.activity.SampleCodec;
import org.runmend.store.Database;
import org.runmend.store.RunnerOwned;

/**
 * Everything a runner has, out and gone: export as one ZIP (a JSON file with all of it, and a
 * CSV per table), and deletion of the account with all its data.
 *
 * <p>It knows no feature's tables: each feature store that keeps a runner's rows is a
 * {@link RunnerOwned} and says what it holds; the wiring above the features (the web app) hands
 * them in. A test checks that the tables they name are every table with a {@code runner_id}
 * column, so a new table cannot be forgotten.
 */
public final class RunnerData {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Jdbi jdbi;
    private final Clock clock;
    private final Accounts accounts;
    private final List<RunnerOwned> features;

    /**
     * @param features every feature store that keeps rows of a runner's, in the order the export
     *                 writes them; on deletion each removes its rows before the account goes
     */
    public RunnerData(Database db, Clock clock, Accounts accounts, List<? extends RunnerOwned> features) {
        this.jdbi = db.jdbi();
        this.clock = clock;
        this.accounts = accounts;
        this.features = List.copyOf(features);
    }

    /** Every table with a {@code runner_id} column that the account and the features keep. */
    public List<String> tables() {
        List<String> tables = new ArrayList<>();
        features.forEach(f -> tables.addAll(f.runnerTables()));
        tables.addAll(accounts.runnerTables());
        return tables;
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
            Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>(accounts.exportRows(h, runnerId));
            for (RunnerOwned f : features) {
                all.putAll(f.exportRows(h, runnerId));
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("format", "runmend-export/2");
            json.put("exported_at", clock.instant().toString());
            all.forEach((table, rows) ->
                    json.put(table, rows.stream().map(RunnerData::forMachines).toList()));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("runmend-export.json"));
                zip.write(JSON.writeValueAsBytes(json));
                zip.closeEntry();
                for (Map.Entry<String, List<Map<String, Object>>> e : all.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey() + ".csv"));
                    zip.write(
                            csv(e.getValue().stream().map(RunnerData::forPeople).toList())
                                    .getBytes(StandardCharsets.UTF_8));
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
        return column.equals("created_at")
                || column.equals("expires_at")
                || column.equals("start_ms")
                || column.equals("at");
    }

    /** A row for the JSON file: nothing left out, nothing encoded. */
    static Map<String, Object> forMachines(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            if (value != null && isInstant(column)) {
                out.put(
                        column.equals("start_ms") ? "start" : column,
                        Instant.ofEpochMilli(((Number) value).longValue()).toString());
            } else if (column.endsWith("_json")) {
                out.put(
                        column.substring(0, column.length() - "_json".length()),
                        value == null ? null : parse(value.toString()));
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
        ZoneId zone = row.get("zone") instanceof String z ? zoneOf(z) : ZoneOffset.UTC;
        row.forEach((column, value) -> {
            if (column.endsWith("_json") || column.equals("samples_gz") || column.equals("runner_id")) {
                return;
            }
            if (value != null && isInstant(column)) {
                Instant at = Instant.ofEpochMilli(((Number) value).longValue());
                if (column.equals("start_ms")) {
                    LocalDateTime local = LocalDateTime.ofInstant(at, zone);
                    out.put("date", local.toLocalDate().toString());
                    out.put("start_time", local.toLocalTime().withNano(0).toString());
                } else {
                    out.put(column, at.truncatedTo(ChronoUnit.SECONDS).toString());
                }
                return;
            }
            switch (column) {
                case "distance_m" ->
                    out.put("distance_km", value == null ? null : round(((Number) value).doubleValue() / 1000, 2));
                case "moving_s" -> out.put("moving_time", value == null ? null : clock(((Number) value).longValue()));
                case "elapsed_s" -> out.put("elapsed_time", value == null ? null : clock(((Number) value).longValue()));
                case "elevation_gain" ->
                    out.put("elevation_gain_m", value == null ? null : Math.round(((Number) value).doubleValue()));
                default ->
                    out.put(
                            column,
                            value instanceof Double || value instanceof Float
                                    ? round(((Number) value).doubleValue(), 1)
                                    : value);
            }
        });
        return out;
    }

    private static ZoneId zoneOf(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static String round(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    private static String clock(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private static Object parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return text;
        }
    }

    private static List<Map<String, Object>> samples(String packed) {
        return SampleCodec.unpack(packed).stream()
                .map(s -> {
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
                })
                .toList();
    }

    private static void putIf(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    /** Deletes the account and every row that belongs to it, in one transaction. */
    public void delete(String runnerId) {
        jdbi.useTransaction(h -> {
            for (RunnerOwned f : features) {
                f.deleteRows(h, runnerId);
            }
            accounts.deleteRows(h, runnerId);
        });
    }

    static String csv(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(String.join(",", rows.get(0).keySet())).append('\n');
        for (Map<String, Object> row : rows) {
            b.append(String.join(
                            ",", row.values().stream().map(RunnerData::cell).toList()))
                    .append('\n');
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
