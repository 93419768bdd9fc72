package org.runmend.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.runmend.assessment.Evaluation;
import org.runmend.assessment.PainCheck;
import org.runmend.interview.InterviewEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Scores the pain check against worked cases that carry 'expected' "
                    + "(e.g. src/main/resources/knowledge/contract/dev/cases.jsonl): top-1, top-3, exact triage, under- and over-triage, "
                    + "then lists every miss."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:evaluated (whatever the figures)",
            "1:some cases could not be assessed",
            "2:the file cannot be read",
            "3:the knowledge base is broken"
        })
final class EvaluateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CASES.jsonl", description = "Cases, one JSON object per line, each with 'expected'.")
    Path file;

    @Option(
            names = "--interview",
            description =
                    "Run each case through the interview instead: a "
                            + "simulated runner answers what the case states and 'not sure' to the rest; prints the median number of questions too.")
    boolean interview;

    @Option(
            names = "--not-sure",
            description = "With --interview: answer checklist items the case "
                    + "does not state 'not sure' instead of leaving them unticked (no).")
    boolean notSure;

    @Override
    public Integer call() {
        List<String> lines;
        try (BufferedReader in = Inputs.open(file, System.in)) {
            lines = in.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PainCheck check = new PainCheck(main.knowledge());
        PrintWriter out = spec.commandLine().getOut();
        Evaluation.Report report;
        if (interview) {
            InterviewEvaluation.Report r = new InterviewEvaluation(check, notSure).run(lines);
            report = r.scores();
            out.println("interview: " + report.summary()
                    + String.format(
                            Locale.ROOT, " | median questions %.1f (most %d)", r.medianQuestions(), r.maxQuestions()));
        } else {
            report = new Evaluation(check).run(lines);
            out.println(report.summary());
        }
        List<Evaluation.Outcome> misses =
                report.outcomes().stream().filter(Evaluation.Outcome::miss).toList();
        if (!misses.isEmpty()) {
            out.println();
            out.println("Misses (expected condition / triage -> got top 3 / triage):");
        }
        for (Evaluation.Outcome o : misses) {
            if (o.error() != null) {
                out.println("  " + o.id() + ": error: " + o.error());
                continue;
            }
            String mark = o.underTriaged() ? "  UNDER-TRIAGE" : o.overTriaged() ? "  over-triage" : "";
            out.println("  " + o.id() + ": " + o.expectedCondition() + " / " + o.expectedTriage() + " -> "
                    + String.join(", ", o.top3()) + " / " + o.triage() + (o.inTop3() ? "" : "  NOT IN TOP 3") + mark);
        }
        out.flush();
        return report.errors() > 0 ? Main.INVALID_INPUT : 0;
    }
}
