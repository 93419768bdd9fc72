package org.runmend.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Makes the test JVM's temporary folder before any test runs. The build points
 * {@code java.io.tmpdir} at {@code target/tmp} (see the surefire configuration in pom.xml), so
 * the tests' files, the embedded PostgreSQL's unpacked binaries and its data never land in a
 * shared /tmp that outlives the build; that folder has to exist before anything asks for a
 * temporary file.
 */
public final class TestTempDir implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dir = System.getProperty("java.io.tmpdir");
        try {
            Files.createDirectories(Path.of(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the tests' temporary folder " + dir, e);
        }
    }
}
