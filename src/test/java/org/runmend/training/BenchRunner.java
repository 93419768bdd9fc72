package org.runmend.training;

import java.util.UUID;
import org.runmend.store.Database;

/**
 * A runner row for the import benchmarks and the small-heap test, written straight into the
 * database. Signing up loads the password-strength dictionaries and hashes with Argon2 (19 MB
 * of memory by design), which is not what those measure; this account cannot log in.
 */
final class BenchRunner {
    private BenchRunner() {}

    static String create(Database db, String email) {
        String id = UUID.randomUUID().toString();
        db.jdbi()
                .useHandle(
                        h -> h.createUpdate("INSERT INTO runners (id, email, display_name, password_hash, created_at) "
                                        + "VALUES (:id, :email, :name, :hash, :at)")
                                .bind("id", id)
                                .bind("email", email)
                                .bind("name", "Benchmark")
                                .bind("hash", "not-a-password-hash")
                                .bind("at", System.currentTimeMillis())
                                .execute());
        return id;
    }
}
