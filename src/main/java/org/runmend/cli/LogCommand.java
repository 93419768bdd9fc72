package org.runmend.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.runmend.AppConfig;
import org.runmend.accounts.Accounts;
import org.runmend.accounts.Runner;
import org.runmend.accounts.RunnerSettings;
import org.runmend.activity.Activity;
import org.runmend.activity.Figures;
import org.runmend.activity.Figures.Precision;
import org.runmend.activity.Units;
import org.runmend.store.Database;
import org.runmend.training.ActivitySummaryJson;
import org.runmend.training.RunnerCalendar;
import org.runmend.training.StoredActivity;
import org.runmend.training.TrainingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "log",
        mixinStandardHelpOptions = true,
        description = {
            "Lists a runner's training log, newest first: id, name, sport, start, distance, moving and "
                    + "elapsed time, average heart rate, ascent, recorded points and the imported file.",
            "Reads the summaries only, a page at a time, so a long log prints without loading it whole."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:listed (also when the log is empty)", "2:usage error (no such account)"})
final class LogCommand implements Callable<Integer> {
    private static final int PAGE = 500;
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    RunnerOption runner;

    @Option(
            names = "--json",
            description =
                    "A JSON array of objects with the fields id, name, sport, start, distanceMeters, "
                            + "movingSeconds, elapsedSeconds, averageHeartRate, ascentMeters, points, file (null where unknown).")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = AppConfig.fromEnvironment(main.env()).openDatabase()) {
            Runner r = runner.resolve(new Accounts(db, main.clock()));
            TrainingService training = new TrainingService(db, main.clock());
            if (json) {
                writeJson(training, r, out);
            } else {
                writeTable(training, r, new RunnerSettings(db).zone(r.id()).orElse(ZoneOffset.UTC), out);
            }
            out.flush();
            return 0;
        }
    }

    private static void writeJson(TrainingService training, Runner r, PrintWriter out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartArray();
            for (int offset = 0; ; offset += PAGE) {
                List<StoredActivity> page = training.activities().list(r.id(), PAGE, offset);
                for (StoredActivity s : page) {
                    ObjectNode n = ActivitySummaryJson.write(mapper.createObjectNode(), s);
                    n.remove("distanceKm");
                    n.remove("source");
                    mapper.writeTree(g, n);
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            g.writeEndArray();
        }
        out.println();
    }

    /** The table, starts in the runner's zone ({@link RunnerCalendar}); the JSON keeps each start's own offset. */
    private static void writeTable(TrainingService training, Runner r, ZoneId zone, PrintWriter out) {
        int total = training.activities().count(r.id());
        out.println(r.displayName() + " (" + r.email() + "): " + total + (total == 1 ? " activity" : " activities"));
        if (total == 0) {
            out.println("Nothing yet: add files with 'bin/runmend import FILE...'.");
            return;
        }
        out.printf(
                Locale.ROOT,
                "%-36s  %-16s  %-8s  %9s  %8s  %8s  %4s  %6s  %6s  %-24s  %s%n",
                "id",
                "start",
                "sport",
                "km",
                "moving",
                "elapsed",
                "hr",
                "ascent",
                "points",
                "name",
                "file");
        for (int offset = 0; ; offset += PAGE) {
            List<StoredActivity> page = training.activities().list(r.id(), PAGE, offset);
            for (StoredActivity s : page) {
                Activity a = s.activity();
                out.printf(
                        Locale.ROOT,
                        "%-36s  %-16s  %-8s  %9s  %8s  %8s  %4s  %6s  %6d  %-24s  %s%n",
                        s.id(),
                        START.format(RunnerCalendar.start(a.start(), zone)),
                        a.sport().name().toLowerCase(Locale.ROOT),
                        Figures.distance(a.distance(), Units.KM, Precision.HUNDREDTHS),
                        Figures.duration(a.moving()),
                        Figures.duration(a.elapsed()),
                        a.averageHeartRate() == null
                                ? "-"
                                : a.averageHeartRate().toString(),
                        a.elevationGainMetres() == null ? "-" : Figures.elevation(a.elevationGainMetres()),
                        s.points(),
                        cut(a.name() == null ? "-" : a.name(), 24),
                        a.sourceName() == null ? "-" : a.sourceName());
            }
            if (page.size() < PAGE) {
                break;
            }
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
