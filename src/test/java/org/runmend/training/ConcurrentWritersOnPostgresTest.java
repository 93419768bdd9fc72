package org.runmend.training;

import org.runmend.store.Database;
import org.runmend.support.Databases;

class ConcurrentWritersOnPostgresTest extends ConcurrentWritersContract {
    @Override
    Database[] openTwice() {
        String url = Databases.newPostgresDatabase();
        return new Database[] {
            Database.postgres(url, "postgres", "postgres"), Database.postgres(url, "postgres", "postgres")
        };
    }
}
