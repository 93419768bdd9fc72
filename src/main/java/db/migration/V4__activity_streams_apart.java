package db.migration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Lists of activities read summaries only (issue 10): the laps and the sample stream move out of
 * {@code activities} into {@code activity_streams}, read only when one activity is opened. In
 * SQLite a large value in a row spills into a chain of overflow pages that every list, sort or
 * later column had to walk; now the summary rows are small and many fit on a page.
 *
 * <p>A new {@code points} column keeps the number of samples for lists; for activities saved
 * before it existed it is counted here from the stored stream (gzip-compressed CSV in base64, one
 * line per sample), one row at a time. The index for "newest first" gains the id, so a page is read
 * straight from the index in a stable order. Plain JDBC and SQL both databases accept (SQLite
 * 3.35+ for DROP COLUMN).
 */
public class V4__activity_streams_apart extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE activity_streams ("
                    + "activity_id VARCHAR(36) PRIMARY KEY REFERENCES activities(id) ON DELETE CASCADE, "
                    + "laps_json TEXT, samples_gz TEXT)");
            s.execute("INSERT INTO activity_streams (activity_id, laps_json, samples_gz) "
                    + "SELECT id, laps_json, samples_gz FROM activities");
            s.execute("ALTER TABLE activities ADD COLUMN points INTEGER");
            s.execute("UPDATE activities SET points = 0 WHERE samples_gz IS NULL");
        }
        List<String> todo = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM activities WHERE points IS NULL")) {
            while (rs.next()) {
                todo.add(rs.getString(1));
            }
        }
        try (PreparedStatement read =
                        c.prepareStatement("SELECT samples_gz FROM activity_streams WHERE activity_id = ?");
                PreparedStatement write = c.prepareStatement("UPDATE activities SET points = ? WHERE id = ?")) {
            for (String id : todo) {
                read.setString(1, id);
                int points = 0;
                try (ResultSet r = read.executeQuery()) {
                    if (r.next()) {
                        points = countLines(r.getString(1));
                    }
                }
                write.setInt(1, points);
                write.setString(2, id);
                write.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE activities DROP COLUMN laps_json");
            s.execute("ALTER TABLE activities DROP COLUMN samples_gz");
            s.execute("DROP INDEX activities_runner_start");
            s.execute("CREATE INDEX activities_runner_start ON activities(runner_id, start_ms, id)");
        }
    }

    static int countLines(String packed) {
        if (packed == null) {
            return 0;
        }
        int lines = 0;
        try (InputStream in =
                new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(packed)))) {
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return 0;
        }
        return lines;
    }
}
