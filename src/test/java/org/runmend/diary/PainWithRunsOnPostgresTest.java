package org.runmend.diary;

import java.util.List;
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

    @Override
    List<String> refusePainEntries() {
        return List.of(
                "CREATE FUNCTION refuse_pain() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'the disk gave out'; END $$ "
                        + "LANGUAGE plpgsql",
                "CREATE TRIGGER refuse_pain BEFORE INSERT ON pain_entries FOR EACH ROW EXECUTE FUNCTION refuse_pain()");
    }
}
