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
            List.of("pain_entries", "plans", "assessments", "activities", "shoes", "sessions");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Jdbi jdbi;

    public RunnerData(Database db) {
        this.jdbi = db.jdbi();
    }

    /** A ZIP with {@code runmend-export.json} and one CSV per table; secrets (password hash, session tokens) left out. */
    public byte[] export(String runnerId) {
        return jdbi.withHandle(h -> {
            Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
            all.put("account", rows(h, "SELECT id, email, display_name, created_at FROM runners WHERE id = :r", runnerId));
            for (String table : TABLES) {
                if (table.equals("sessions")) {
                    continue;
                }
                all.put(table, rows(h, "SELECT * FROM " + table + " WHERE runner_id = :r", runnerId));
            }
            all.put("activity_streams", rows(h, "SELECT s.* FROM activity_streams s JOIN activities a ON a.id = s.activity_id "
                    + "WHERE a.runner_id = :r", runnerId));
            all.put("plan_checks", rows(h, "SELECT c.* FROM plan_checks c JOIN plans p ON p.id = c.plan_id WHERE p.runner_id = :r",
                    runnerId));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("runmend-export.json"));
                zip.write(JSON.writeValueAsBytes(all));
                zip.closeEntry();
                for (Map.Entry<String, List<Map<String, Object>>> e : all.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey() + ".csv"));
                    zip.write(csv(e.getValue()).getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        });
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
                h.createUpdate("DELETE FROM login_attempts WHERE attempt_key = :k").bind("k", "email:" + email).execute();
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

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        String s = v.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
