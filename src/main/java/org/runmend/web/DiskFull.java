package org.runmend.web;

import java.sql.SQLException;

/** Recognises a full disk (or a full database) in an exception's causes, whatever layer threw it. */
final class DiskFull {
    /** SQLite's SQLITE_FULL result code. */
    private static final int SQLITE_FULL = 13;

    private DiskFull() {}

    static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String msg = String.valueOf(t.getMessage());
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == SQLITE_FULL || "53100".equals(sql.getSQLState()))) {
                return true; // SQLite: database or disk is full; PostgreSQL: disk_full
            }
            if (t instanceof java.io.IOException && msg.contains("No space left on device")) {
                return true;
            }
            if (msg.contains("SQLITE_FULL") || msg.contains("database or disk is full")) {
                return true;
            }
        }
        return false;
    }
}
