package org.runmend.diary;

import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.io.TempDir;
import org.runmend.store.Database;
import org.runmend.support.Databases;

class PainWithRunsOnSqliteTest extends PainWithRunsContract {
    @TempDir
    Path dir;

    @Override
    FluentConfiguration emptyDatabase() {
        return Flyway.configure()
                .dataSource("jdbc:sqlite:" + dir.resolve("runmend.db").toAbsolutePath(), null, null);
    }

    @Override
    Database open() {
        return Databases.sqlite(dir);
    }

    @Override
    List<String> refusePainEntries() {
        return List.of("CREATE TRIGGER refuse_pain BEFORE INSERT ON pain_entries "
                + "BEGIN SELECT RAISE(ABORT, 'the disk gave out'); END");
    }
}
