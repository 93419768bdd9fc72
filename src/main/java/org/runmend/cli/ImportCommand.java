package org.runmend.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.runmend.AppConfig;
import org.runmend.accounts.Accounts;
import org.runmend.accounts.Runner;
import org.runmend.importer.Format;
import org.runmend.importer.Importer;
import org.runmend.store.Database;
import org.runmend.training.ImportService;
import org.runmend.training.TrainingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Imports activities into a runner's training log: GPX, TCX and FIT files (also .gz), "
                    + "Strava bulk-export ZIPs, and folders of them.",
            "Each file is its own transaction: a bad file is reported and the rest goes on. "
                    + "Activities already in the log are counted as duplicates."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every file imported (or was a duplicate)",
            "1:some files failed; the rest were imported",
            "2:usage error (no such account, no files)"
        })
final class ImportCommand implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    RunnerOption runner;

    @Option(
            names = "--strict",
            description = "Refuse files that need repairs instead of repairing them with a warning.")
    boolean strict;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or ZIPs.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = ImportService.expand(paths);
        if (files.isEmpty()) {
            throw new UserInputException(
                    "no activity files (" + String.join(", ", Format.suffixes()) + ") in " + paths, Main.USAGE);
        }
        try (Database db = AppConfig.fromEnvironment(main.env()).openDatabase()) {
            Runner r = runner.resolve(new Accounts(db, main.clock()));
            ImportService service = new ImportService(
                    new TrainingService(db, main.clock()), strict ? Importer.strict() : Importer.lenient());
            ImportService.Summary summary;
            try (ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName("Importing")
                    .setInitialMax(files.size())
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(200)
                    .build()) {
                summary = service.importFiles(r.id(), files, f -> {
                    bar.setExtraMessage(f.getFileName().toString());
                    bar.step();
                });
            }
            out.println("Imported into " + r.email() + "'s log (" + db.description() + "): " + summary.line());
            if (!summary.warnings().isEmpty()) {
                out.println("Repaired with warnings:");
                summary.warnings().forEach(w -> out.println("  " + w));
            }
            if (!summary.failed().isEmpty()) {
                out.println("Failed:");
                summary.failed().forEach(f -> out.println("  " + f));
            }
            out.flush();
            return summary.failed().isEmpty() ? 0 : Main.INVALID_INPUT;
        }
    }
}
