package org.runmend.assessment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.runmend.knowledge.KnowledgeBase;

/**
 * Cases per second for the pain check: the engine alone (parsed cases in, assessments out) and the
 * batch command's work (JSON Lines in, JSON Lines out, default and --full output), on one thread.
 * {@code bin/bench assess [CASES.jsonl] [LINES]} runs it pinned to one core; it prints medians of
 * several rounds after a warm-up. Not a test: it prints figures.
 */
public final class AssessBench {
    private static final int ROUNDS = 7;

    public static void main(String[] args) throws IOException {
        Path cases = Path.of(args.length > 0 ? args[0] : "src/main/resources/knowledge/contract/dev/cases.jsonl");
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        List<String> source =
                Files.readAllLines(cases).stream().filter(l -> !l.isBlank()).toList();
        List<String> input = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            input.add(source.get(i % source.size()));
        }
        String text = String.join("\n", input) + "\n";
        KnowledgeBase kb = KnowledgeBase.bundled();
        PainCheck check = new PainCheck(kb);
        CaseReader reader = new CaseReader(kb);
        List<Case> parsed = input.stream().map(reader::read).toList();
        System.out.printf(
                Locale.ROOT,
                "pain check benchmark: %d lines from %s (%d distinct cases), %d rounds after a warm-up, one thread%n",
                lines,
                cases,
                source.size(),
                ROUNDS);

        double[] engine = new double[ROUNDS];
        double[] slim = new double[ROUNDS];
        double[] full = new double[ROUNDS];
        long[] bytes = new long[2];
        long sink = 0;
        for (int round = -2; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            for (Case c : parsed) {
                sink += check.assess(c).conditions().size();
            }
            long t1 = System.nanoTime();
            CountingWriter out = new CountingWriter();
            Batch.Counts counts = new Batch(check, false).run(new BufferedReader(new StringReader(text)), out);
            long t2 = System.nanoTime();
            CountingWriter outFull = new CountingWriter();
            Batch.Counts countsFull = new Batch(check, true).run(new BufferedReader(new StringReader(text)), outFull);
            long t3 = System.nanoTime();
            if (counts.assessed() != lines || countsFull.assessed() != lines) {
                throw new IllegalStateException("the batch assessed " + counts.assessed() + " and "
                        + countsFull.assessed() + " of " + lines + " lines");
            }
            if (round >= 0) {
                engine[round] = lines / ((t1 - t0) / 1e9);
                slim[round] = lines / ((t2 - t1) / 1e9);
                full[round] = lines / ((t3 - t2) / 1e9);
                bytes[0] = out.count;
                bytes[1] = outFull.count;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "engine alone (parsed case -> assessment)   median %,9.0f cases/s (min %,.0f, max %,.0f)%n",
                median(engine),
                min(engine),
                max(engine));
        System.out.printf(
                Locale.ROOT,
                "batch, default output (JSON in -> JSON out) median %,9.0f cases/s (min %,.0f, max %,.0f), %,d bytes a line%n",
                median(slim),
                min(slim),
                max(slim),
                bytes[0] / lines);
        System.out.printf(
                Locale.ROOT,
                "batch, --full output                        median %,9.0f cases/s (min %,.0f, max %,.0f), %,d bytes a line%n",
                median(full),
                min(full),
                max(full),
                bytes[1] / lines);
        if (sink == 42) {
            System.out.println();
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElseThrow();
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElseThrow();
    }

    /** Counts the characters written and throws them away. */
    private static final class CountingWriter extends Writer {
        long count;

        @Override
        public void write(char[] buf, int off, int len) {
            count += len;
        }

        @Override
        public void write(int c) {
            count++;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
