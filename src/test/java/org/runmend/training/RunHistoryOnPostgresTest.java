package org.runmend.training;

import org.runmend.store.Database;
import org.runmend.support.Databases;

class RunHistoryOnPostgresTest extends RunHistoryContract {
    @Override
    Database open() {
        return Databases.postgres();
    }
}
