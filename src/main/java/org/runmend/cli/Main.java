package org.runmend.cli;

import java.io.PrintWriter;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.KnowledgeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/runmend}: the pain check and the server from the terminal. */
@Command(
        name = "runmend",
        mixinStandardHelpOptions = true,
        version = "RunMend 0.1.0",
        description = {
            "RunMend: a pain check, self-care plans and a training log for runners who hurt after running.",
            "It suggests possible causes; it does not diagnose."
        },
        subcommands = {
            AssessCommand.class,
            EvaluateCommand.class,
            ServeCommand.class,
            UserCommand.class,
            ImportCommand.class,
            LoadCommand.class,
            LogCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "1:some input was invalid (each error is reported; the rest was processed)",
            "2:usage error or unreadable input",
            "3:the knowledge base is broken (the message names file and entry)"
        })
public final class Main implements Runnable {
    static final int INVALID_INPUT = 1;
    static final int USAGE = 2;
    static final int BROKEN_KNOWLEDGE = 3;

    private KnowledgeBase kb;
    private java.util.Map<String, String> env = System.getenv();
    private java.time.Clock clock;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Loaded once, on first use, so --help works even with a broken knowledge base. */
    KnowledgeBase knowledge() {
        if (kb == null) {
            kb = KnowledgeBase.bundled();
        }
        return kb;
    }

    /** The environment the settings (RUNMEND_DATA, RUNMEND_DB_URL, ...) come from. */
    java.util.Map<String, String> env() {
        return env;
    }

    /** The one clock every command reads the time from (UTC instants; each runner's days use their zone). */
    java.time.Clock clock() {
        return clock;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(
                args,
                new PrintWriter(
                        new java.io.OutputStreamWriter(System.out, java.nio.charset.Charset.defaultCharset()), true),
                new PrintWriter(
                        new java.io.OutputStreamWriter(System.err, java.nio.charset.Charset.defaultCharset()), true)));
    }

    /** Runs a command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.getenv());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)} with the given environment (tests). */
    static int run(String[] args, PrintWriter out, PrintWriter err, java.util.Map<String, String> env) {
        // the only place the system clock is made; everything else is handed this one
        return run(args, out, err, env, java.time.Clock.systemUTC());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter, java.util.Map)} on the given clock (tests fix it). */
    static int run(
            String[] args, PrintWriter out, PrintWriter err, java.util.Map<String, String> env, java.time.Clock clock) {
        Main main = new Main();
        main.env = env;
        main.clock = java.util.Objects.requireNonNull(clock, "clock");
        CommandLine cli = new CommandLine(main);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof KnowledgeException) {
                err.println("runmend: cannot start, the knowledge base is broken: " + e.getMessage());
                return BROKEN_KNOWLEDGE;
            }
            if (e instanceof UserInputException u) {
                err.println("runmend: " + u.getMessage());
                return u.status();
            }
            throw e;
        });
        return cli.execute(args);
    }
}
