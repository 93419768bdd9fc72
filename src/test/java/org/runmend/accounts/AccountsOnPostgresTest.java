package org.runmend.accounts;

import org.runmend.store.Database;
import org.runmend.support.Databases;

class AccountsOnPostgresTest extends AccountsContract {
    @Override
    Database open() {
        return Databases.postgres();
    }
}
