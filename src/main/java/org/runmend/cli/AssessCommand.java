package org.runmend.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.runmend.assessment.Assessment;
import org.runmend.assessment.AssessmentJson;
import org.runmend.assessment.CaseReader;
import org.runmend.assessment.InvalidCaseException;
import org.runmend.assessment.PainCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Runs the pain check on a case (../shared/contract/case.schema.json).",
                "Without --jsonl: reads one case (a JSON object) and prints a summary a person can read.",
                "With --jsonl: reads one case per line and writes one result per line (result.schema.json), "
                        + "in the same order; a bad line yields {\"id\": ..., \"error\": ...} and the batch goes on."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every case was assessed",
                "1:the case (or at least one line of the batch) was invalid; errors name the field and value",
                "2:usage error, or the input file cannot be read",
                "3:the knowledge base is broken"})
final class AssessCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--jsonl", description = "Batch mode: JSON Lines in, JSON Lines out.")
    boolean jsonl;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Read cases from FILE instead of standard input.")
    Path file;

    @Override
    public Integer call() {
        PainCheck check = new PainCheck(main.knowledge());
        CaseReader reader = new CaseReader(check.knowledge());
        PrintWriter out = spec.commandLine().getOut();
        try (BufferedReader in = Inputs.open(file, System.in)) {
            return jsonl ? batch(check, reader, in, out) : single(check, reader, in, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int batch(PainCheck check, CaseReader reader, BufferedReader in, PrintWriter out) throws IOException {
        AssessmentJson json = new AssessmentJson(check.knowledge());
        int status = 0;
        int lineNo = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.println(JSON.writeValueAsString(json.toJson(check.assess(reader.read(line)))));
            } catch (InvalidCaseException e) {
                status = Main.INVALID_INPUT;
                out.println(JSON.writeValueAsString(AssessmentJson.error(idOf(line), "line " + lineNo + ": " + e.getMessage())));
            }
        }
        out.flush();
        return status;
    }

    private int single(PainCheck check, CaseReader reader, BufferedReader in, PrintWriter out) {
        String text = in.lines().collect(Collectors.joining("\n"));
        if (text.isBlank()) {
            throw new UserInputException("no case given: pipe a JSON case on standard input or name a file", Main.USAGE);
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

    /** The id of a line that failed, when the line is JSON enough to have one. */
    private static String idOf(String line) {
        try {
            com.fasterxml.jackson.databind.JsonNode node = JSON.readTree(line);
            return node != null && node.hasNonNull("id") ? node.get("id").asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
