package db.migration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Lists show how many points (samples) each activity recorded without reading the samples: a
 * {@code points} column, filled here for activities saved before it existed by counting the lines
 * of their stored sample stream (gzip-compressed CSV in base64, one line per sample), one row at a
 * time so a large log needs no more memory than its largest activity. Plain JDBC and portable SQL:
 * the same migration runs on SQLite and PostgreSQL.
 */
public class V4__activity_points extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE activities ADD COLUMN points INTEGER");
            s.execute("UPDATE activities SET points = 0 WHERE samples_gz IS NULL");
        }
        try (PreparedStatement ids = c.prepareStatement("SELECT id FROM activities WHERE points IS NULL");
             ResultSet rs = ids.executeQuery();
             PreparedStatement read = c.prepareStatement("SELECT samples_gz FROM activities WHERE id = ?");
             PreparedStatement write = c.prepareStatement("UPDATE activities SET points = ? WHERE id = ?")) {
            java.util.List<String> todo = new java.util.ArrayList<>();
            while (rs.next()) {
                todo.add(rs.getString(1));
            }
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
    }

    static int countLines(String packed) {
        if (packed == null) {
            return 0;
        }
        int lines = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(packed)))) {
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
