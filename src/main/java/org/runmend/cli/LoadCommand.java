package org.runmend.cli;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.runmend.AppConfig;
import org.runmend.accounts.Accounts;
import org.runmend.accounts.Runner;
import org.runmend.accounts.RunnerSettings;
import org.runmend.activity.Units;
import org.runmend.store.Database;
import org.runmend.training.LoadReport;
import org.runmend.training.TrainingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = "Prints a runner's training load: weekly distance and time, spikes, acute:chronic ratio "
                + "(context only), monotony and strain, rest days, shoes, surfaces, warm-ups, and what it means "
                + "for the pain check.")
final class LoadCommand implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    RunnerOption runner;

    @Option(names = "--weeks", defaultValue = "8", description = "Weeks to show (default: ${DEFAULT-VALUE}).")
    int weeks;

    @Option(
            names = "--units",
            paramLabel = "km|mi",
            description = "Distances in kilometres or miles (default: the runner's setting in the web app, else km).")
    String units;

    @Override
    public Integer call() {
        Units chosen = null;
        if (units != null) {
            try {
                chosen = Units.parse(units);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--units " + units + ": must be km or mi", Main.USAGE);
            }
        }
        if (weeks < 1 || weeks > 520) {
            throw new UserInputException("--weeks " + weeks + " must be between 1 and 520", Main.USAGE);
        }
        try (Database db = AppConfig.fromEnvironment(main.env()).openDatabase()) {
            Runner r = runner.resolve(new Accounts(db, main.clock()));
            RunnerSettings settings = new RunnerSettings(db);
            Units shown = chosen != null ? chosen : settings.units(r.id());
            LoadReport report = new TrainingService(db, main.clock())
                    .report(r.id(), weeks, settings.zone(r.id()).orElse(ZoneOffset.UTC), shown);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Training load for " + r.displayName() + " (" + r.email() + "), "
                    + String.format(Locale.ROOT, "%d", weeks) + " weeks to " + report.today());
            LoadPrinter.write(report, shown, out);
            out.flush();
            return 0;
        }
    }
}
