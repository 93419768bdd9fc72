package org.runmend.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.runmend.assessment.Assessment;
import org.runmend.assessment.Batch;
import org.runmend.assessment.CaseReader;
import org.runmend.assessment.InvalidCaseException;
import org.runmend.assessment.PainCheck;
import org.runmend.intake.StoryReader;
import org.runmend.intake.StoryReading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the pain check on a case (the contract's case.schema.json).",
            "Without --jsonl: reads one case (a JSON object) and prints a summary a person can read.",
            "With --jsonl: reads one case per line and writes one result per line (result.schema.json: id, "
                    + "ranked conditions with probability and reasons, triage, red flags), in the same order; "
                    + "a bad line yields {\"id\": ..., \"error\": ...} and the batch goes on. "
                    + "--full adds the texts for people (names, advice, plan)."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every case was assessed",
            "1:the case (or at least one line of the batch) was invalid; errors name the field and value",
            "2:usage error, or the input file cannot be read",
            "3:the knowledge base is broken"
        })
final class AssessCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--jsonl", description = "Batch mode: JSON Lines in, JSON Lines out.")
    boolean jsonl;

    @Option(
            names = "--full",
            description = "With --jsonl: also write names, triage reasons, advice, whom to see, the plan and tips.")
    boolean full;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Read cases from FILE instead of standard input.")
    Path file;

    @Option(
            names = "--story",
            paramLabel = "TEXT",
            description = "One story in the runner's own words (at most 4000 characters): prints what was understood, "
                    + "then the pain check on it. Add --region to name where it hurts when the story does not.")
    String story;

    @Option(
            names = "--region",
            paramLabel = "REGION",
            description = "With --story: the region, which wins over the story's words.")
    String region;

    @Override
    public Integer call() {
        PainCheck check = new PainCheck(main.knowledge());
        StoryReader stories = StoryReader.bundled(check.knowledge());
        CaseReader reader = new CaseReader(check.knowledge(), stories);
        PrintWriter out = spec.commandLine().getOut();
        if (story != null) {
            return story(check, stories, reader, out);
        }
        try (BufferedReader in = Inputs.open(file, System.in)) {
            return jsonl ? batch(check, in, out) : single(check, reader, in, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int story(PainCheck check, StoryReader stories, CaseReader reader, PrintWriter out) {
        if (jsonl || file != null) {
            throw new UserInputException("--story takes one story: leave out --jsonl and FILE", Main.USAGE);
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("id", "story");
        node.put("story", story);
        if (region != null) {
            node.put("region", region);
        }
        node.putObject("findings");
        try {
            String text = CaseReader.story(node);
            StoryReading reading = stories.read(
                    text,
                    null,
                    region == null || check.knowledge().region(region).isEmpty() ? null : region);
            new StoryPrinter(check.knowledge(), out).print(reading);
            if (reading.region().isEmpty()) {
                spec.commandLine()
                        .getErr()
                        .println("runmend assess: the story does not say where it hurts:" + " add --region (one of "
                                + String.join(
                                        ", ",
                                        check.knowledge().regions().stream()
                                                .map(r -> r.id())
                                                .toList()) + ")");
                return Main.INVALID_INPUT;
            }
            out.println();
            new SummaryPrinter(check.knowledge(), out).print(check.assess(reader.read(node)));
            return 0;
        } catch (InvalidCaseException e) {
            spec.commandLine().getErr().println("runmend assess: invalid story: " + e.getMessage());
            return Main.INVALID_INPUT;
        }
    }

    private int batch(PainCheck check, BufferedReader in, PrintWriter out) throws IOException {
        Batch.Counts counts = new Batch(check, full).run(in, out);
        return counts.invalid() > 0 ? Main.INVALID_INPUT : 0;
    }

    private int single(PainCheck check, CaseReader reader, BufferedReader in, PrintWriter out) {
        String text = in.lines().collect(Collectors.joining("\n"));
        if (text.isBlank()) {
            throw new UserInputException(
                    "no case given: pipe a JSON case on standard input or name a file", Main.USAGE);
        }
        try {
            Assessment a = check.assess(reader.read(text));
            new SummaryPrinter(check.knowledge(), out).print(a);
            return 0;
        } catch (InvalidCaseException e) {
            spec.commandLine().getErr().println("runmend assess: invalid case: " + e.getMessage());
            return Main.INVALID_INPUT;
        }
    }
}
