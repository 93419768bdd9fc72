package org.runmend.store;

import java.util.UUID;

/** Record ids: random UUIDs, so that one runner cannot guess another's. */
public final class Ids {
    private Ids() {}

    public static String next() {
        return UUID.randomUUID().toString();
    }
}
