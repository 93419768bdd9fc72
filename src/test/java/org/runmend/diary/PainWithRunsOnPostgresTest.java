package org.runmend.diary;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.runmend.store.Database;
import org.runmend.support.Databases;

class PainWithRunsOnPostgresTest extends PainWithRunsContract {
    private String url;

    private String url() {
        if (url == null) {
            url = Databases.newPostgresDatabase();
        }
        return url;
    }

    @Override
    FluentConfiguration emptyDatabase() {
        return Flyway.configure().dataSource(url(), "postgres", "postgres");
    }

    @Override
    Database open() {
        return Database.postgres(url(), "postgres", "postgres");
    }
}
