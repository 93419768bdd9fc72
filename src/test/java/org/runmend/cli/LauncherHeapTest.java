package org.runmend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, item 2: {@code bin/runmend} starts Java with a heap limit unless told otherwise, so one
 * request cannot take a quarter of the machine. Run on a copy of the launcher with a stand-in
 * {@code java} that prints its arguments.
 */
class LauncherHeapTest {
    @TempDir
    Path root;

    private String launch(Map<String, String> env) throws Exception {
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("src/main"));
        Files.createDirectories(root.resolve("target"));
        Files.createDirectories(root.resolve("fake"));
        Path launcher = root.resolve("bin/runmend");
        Files.copy(Path.of("bin/runmend"), launcher, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path jar = root.resolve("target/runmend.jar");
        Files.writeString(jar, "");
        Files.setLastModifiedTime(root.resolve("pom.xml"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Files.setLastModifiedTime(root.resolve("src/main"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Path java = root.resolve("fake/java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "serve").redirectErrorStream(true);
        pb.environment().remove("RUNMEND_HEAP");
        pb.environment().remove("RUNMEND_JAVA_OPTS");
        pb.environment().put("PATH", root.resolve("fake") + ":" + System.getenv("PATH"));
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out.strip();
    }

    @Test
    void the_launcher_limits_the_heap_by_default_and_lets_the_operator_change_it() throws Exception {
        assertThat(launch(Map.of()))
                .startsWith("-Xmx512m ")
                .endsWith("-jar " + root.toAbsolutePath().resolve("target/runmend.jar") + " serve");
        assertThat(launch(Map.of("RUNMEND_HEAP", "2g"))).startsWith("-Xmx2g ");
        assertThat(launch(Map.of("RUNMEND_JAVA_OPTS", "-Xmx3g -Dx=y")))
                .startsWith("-Xmx3g -Dx=y")
                .doesNotContain("512m");
        assertThat(launch(Map.of("RUNMEND_JAVA_OPTS", "-XX:MaxRAMPercentage=25")))
                .doesNotContain("-Xmx");
    }
}
