package org.runmend.training;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.runmend.store.Database;
import org.runmend.support.Databases;

class RunHistoryOnSqliteTest extends RunHistoryContract {
    @TempDir
    Path dir;

    @Override
    Database open() {
        return Databases.sqlite(dir);
    }
}
