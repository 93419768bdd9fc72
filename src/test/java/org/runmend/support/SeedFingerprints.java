package org.runmend.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The five seed articles as fingerprints rather than words: each article is kept in
 * {@code src/test/resources/seeds/<article file name>.runs} as the SHA-256 (first 8 bytes, hex) of
 * every run of ten consecutive words, with words found as {@code ../shared/tools/seed-overlap} finds
 * them (lower case, {@code [a-z0-9']+}). That is all the tests need to find a copied passage, and
 * the repository no longer carries the articles' sentences.
 *
 * <p>Regenerate after a seed changes: {@code java -cp target/test-classes
 * org.runmend.support.SeedFingerprints ../shared/seeds src/test/resources/seeds}.
 */
public final class SeedFingerprints {
    /** How many consecutive words make a copied passage, as in seed-overlap. */
    public static final int RUN = 10;

    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");
    private static final String SUFFIX = ".runs";

    private SeedFingerprints() {}

    /** Each seed article's file name (as the knowledge cites it) with its runs' fingerprints. */
    public static Map<String, Set<String>> bundled() throws IOException {
        return read(Shared.seeds());
    }

    /** The fingerprint files in a folder, by the seed file name they stand for. */
    public static Map<String, Set<String>> read(Path folder) throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .sorted()
                    .toList()) {
                String name = p.getFileName().toString();
                Set<String> runs = new TreeSet<>();
                for (String line : Files.readAllLines(p)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        runs.add(line.strip());
                    }
                }
                out.put(name.substring(0, name.length() - SUFFIX.length()), runs);
            }
        }
        return out;
    }

    /** The fingerprints of every run of ten words in a text. */
    public static Set<String> of(String text) {
        List<String> w = words(text);
        Set<String> out = new TreeSet<>();
        for (int i = 0; i + RUN <= w.size(); i++) {
            out.add(hash(String.join(" ", w.subList(i, i + RUN))));
        }
        return out;
    }

    /** The runs of ten words of a text whose fingerprint is among {@code seeds}. */
    public static List<String> copiedRuns(String text, Set<String> seeds) {
        List<String> w = words(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i + RUN <= w.size(); i++) {
            String run = String.join(" ", w.subList(i, i + RUN));
            if (seeds.contains(hash(run))) {
                out.add(run);
            }
        }
        return out;
    }

    public static List<String> words(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static String hash(String run) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** Writes the fingerprint file of every {@code *.txt} article in {@code args[0]} to {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        Path from = Path.of(args[0]);
        Path to = Path.of(args[1]);
        try (Stream<Path> files = Files.list(from)) {
            for (Path seed : files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList()) {
                List<String> lines = new ArrayList<>();
                lines.add("# SHA-256 (first 8 bytes) of each run of " + RUN + " words of " + seed.getFileName()
                        + "; see org.runmend.support.SeedFingerprints");
                lines.addAll(of(Files.readString(seed)));
                Files.write(to.resolve(seed.getFileName() + SUFFIX), lines);
            }
        }
    }
}
