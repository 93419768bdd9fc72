package org.runmend.training;

import org.runmend.store.Database;
import org.runmend.support.Databases;

class ActivityStoreOnPostgresTest extends ActivityStoreContract {
    @Override
    Database open() {
        return Databases.postgres();
    }
}
