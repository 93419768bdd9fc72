package org.runmend.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.runmend.knowledge.KnowledgeBase;

/**
 * Stories per second for the story reader, on one thread, and the time of each read: median,
 * p99 and the slowest, after a warm-up. {@code bin/bench story [STORIES.jsonl] [READS]} runs it
 * pinned to one core. The 80 dev stories are read in turn, plus the longest story the reader
 * takes (4,000 characters) once in every 100 reads. Not a test: it prints figures.
 */
public final class StoryBench {
    private StoryBench() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "src/main/resources/knowledge/contract/dev/stories.jsonl");
        int reads = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        ObjectMapper json = new ObjectMapper();
        List<String> stories = new ArrayList<>();
        for (String l : Files.readAllLines(file)) {
            if (!l.isBlank()) {
                stories.add(json.readTree(l).get("story").asText());
            }
        }
        StringBuilder longest = new StringBuilder();
        for (int i = 0; longest.length() < StoryReader.MAX_LENGTH; i++) {
            longest.append(stories.get(i % stories.size())).append(' ');
        }
        String max = longest.substring(0, StoryReader.MAX_LENGTH);
        long t0 = System.nanoTime();
        StoryReader reader = StoryReader.bundled(KnowledgeBase.bundled());
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        LocalDate today = LocalDate.of(2026, 12, 7);
        for (int i = 0; i < 20_000; i++) {
            reader.read(stories.get(i % stories.size()), today);
        }
        long[] times = new long[reads];
        long sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < reads; i++) {
            String s = i % 100 == 99 ? max : stories.get(i % stories.size());
            long a = System.nanoTime();
            sink += reader.read(s, today).findings().size();
            times[i] = System.nanoTime() - a;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(times);
        System.out.printf(
                Locale.ROOT,
                "story reader: %d reads of %d dev stories (1 in 100 a %d-character story), one thread; lexicon and knowledge loaded in %d ms%n",
                reads,
                stories.size(),
                StoryReader.MAX_LENGTH,
                loadMs);
        System.out.printf(
                Locale.ROOT,
                "  %.0f stories a second | median %.3f ms | p99 %.3f ms | slowest %.3f ms | (findings read: %d)%n",
                reads / seconds,
                times[reads / 2] / 1e6,
                times[(int) (reads * 0.99)] / 1e6,
                times[reads - 1] / 1e6,
                sink);
    }
}
