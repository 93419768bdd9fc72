package org.runmend.accounts;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.runmend.store.Database;
import org.runmend.support.Databases;

class RunnerSettingsOnSqliteTest extends RunnerSettingsContract {
    @TempDir
    Path dir;

    @Override
    Database open() {
        return Databases.sqlite(dir);
    }
}
