package org.runmend.accounts;

import org.runmend.store.Database;
import org.runmend.support.Databases;

class RunnerSettingsOnPostgresTest extends RunnerSettingsContract {
    @Override
    Database open() {
        return Databases.postgres();
    }
}
