package org.runmend.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.runmend.AppConfig;
import org.runmend.store.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = {
            "Puts a backup made with 'bin/runmend backup' in place of the SQLite database (DATA/runmend.db).",
            "Refused while the server runs on the data folder, and for a file that is not an intact RunMend "
                    + "database or comes from a newer RunMend. The current database is first kept as "
                    + "DATA/runmend.db.before-restore-TIME. For PostgreSQL use pg_restore (see docs/storage.md)."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:restored", "2:refused; the current database was not changed"})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A backup file made by 'bin/runmend backup'.")
    Path file;

    @Override
    public Integer call() {
        AppConfig config = AppConfig.fromEnvironment(main.env());
        if (config.dbUrl() != null) {
            throw new UserInputException(
                    "restore refused: the database is PostgreSQL (RUNMEND_DB_URL); restore a "
                            + "pg_dump file with pg_restore instead (see docs/storage.md)",
                    Main.USAGE);
        }
        try {
            Backups.Restored r =
                    Backups.restore(file, config.dataDir(), config.dataDir().resolve("runmend.db"), main.clock());
            var out = spec.commandLine().getOut();
            out.println("Restored " + file + " into " + r.restored().file() + ": "
                    + r.restored().line());
            if (r.previous() != null) {
                out.println("The database it replaced is kept as " + r.previous());
            }
            return 0;
        } catch (Backups.RefusedException e) {
            throw new UserInputException("restore refused: " + e.getMessage(), Main.USAGE);
        }
    }
}
