package org.runmend.diary;

import org.runmend.store.Database;
import org.runmend.support.Databases;

class DiaryAndDataOnPostgresTest extends DiaryAndDataContract {
    @Override
    Database open() {
        return Databases.postgres();
    }
}
