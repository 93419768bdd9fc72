package org.runmend.store;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * One feature's share of a runner's data, as the account's export and deletion see it: each
 * feature store that keeps rows of a runner implements this for its own tables, and the wiring
 * above the features (the web app) hands them all to {@code accounts.RunnerData}, which therefore
 * knows no feature's tables or columns.
 *
 * <p>Both methods run on the caller's handle, so an export reads one consistent state and a
 * deletion is one transaction across every feature.
 */
public interface RunnerOwned {
    /** The tables with a {@code runner_id} column this feature keeps (a test checks them against the schema). */
    List<String> runnerTables();

    /**
     * Every row of the runner's, by table, in the order the export writes them: every column as
     * stored (instants as epoch milliseconds, JSON as text), nothing secret.
     */
    Map<String, List<Map<String, Object>>> exportRows(Handle h, String runnerId);

    /** Removes every row of the runner's from this feature's tables. */
    void deleteRows(Handle h, String runnerId);

    /** The rows of one query bound to the runner as {@code :r}; for implementations. */
    static List<Map<String, Object>> rows(Handle h, String sql, String runnerId) {
        return h.createQuery(sql).bind("r", runnerId).mapToMap().list();
    }
}
