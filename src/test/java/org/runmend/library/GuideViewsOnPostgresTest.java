package org.runmend.library;

import org.runmend.store.Database;
import org.runmend.support.Databases;

class GuideViewsOnPostgresTest extends GuideViewsContract {
    @Override
    Database open() {
        return Databases.postgres();
    }
}
