package org.runmend.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.runmend.AppConfig;
import org.runmend.store.Backups;
import org.runmend.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a consistent copy of the SQLite database (DATA/runmend.db) to FILE, also while the "
                    + "server runs and runners write: SQLite's VACUUM INTO copies one moment of the database.",
            "The copy is checked and readable by its owner only. For PostgreSQL use pg_dump (see docs/storage.md)."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:backed up and checked",
            "2:refused (FILE exists, PostgreSQL, no database); nothing was written"
        })
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file to create (it must not exist yet).")
    Path file;

    @Override
    public Integer call() {
        AppConfig config = AppConfig.fromEnvironment(main.env());
        if (config.dbUrl() == null
                && !java.nio.file.Files.exists(config.dataDir().resolve("runmend.db"))) {
            throw new UserInputException(
                    "there is no database at " + config.dataDir().resolve("runmend.db")
                            + " to back up (set RUNMEND_DATA to the data folder)",
                    Main.USAGE);
        }
        try (Database db = config.openDatabase()) {
            Backups.Contents c = Backups.backup(db, file);
            spec.commandLine().getOut().println("Backed up " + db.description() + " to " + c.file() + ": " + c.line());
            return 0;
        } catch (Backups.RefusedException e) {
            throw new UserInputException("backup refused: " + e.getMessage(), Main.USAGE);
        }
    }
}
