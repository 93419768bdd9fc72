package org.runmend.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A lock on the data folder ({@code DATA/runmend.lock}) held by the server while it runs and by a
 * restore while it swaps the database file, so a restore never replaces the file under a running
 * server. The operating system releases it when the process ends, even after {@code kill -9}.
 */
public final class DataLock implements AutoCloseable {
    static final String FILE = "runmend.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private DataLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process (or this one) already holds it. */
    public static Optional<DataLock> tryHold(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel ch =
                    FileChannel.open(dataDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                ch.close();
                return Optional.empty();
            }
            return Optional.of(new DataLock(ch, l));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the lock file " + dataDir.resolve(FILE), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel releases the lock; nothing else to do
        }
    }
}
