package org.runmend.training;

import org.runmend.store.Database;

class ConcurrentWritersOnSqliteTest extends ConcurrentWritersContract {
    @Override
    Database[] openTwice() {
        java.nio.file.Path file = tmp.resolve("runmend.db");
        return new Database[] {Database.sqlite(file), Database.sqlite(file)};
    }
}
