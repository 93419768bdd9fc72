package org.runmend.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.runmend.AppConfig;
import org.runmend.accounts.AccountException;
import org.runmend.accounts.Accounts;
import org.runmend.accounts.Runner;
import org.runmend.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "Manages runner accounts in the configured database (RUNMEND_DATA or RUNMEND_DB_URL).",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.ResetPassword.class})
final class UserCommand implements Runnable {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = {
                "Creates an account. The password is read from the terminal, or from the first line "
                        + "of standard input when it is not a terminal."
            })
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EMAIL")
        String email;

        @Parameters(
                index = "1",
                arity = "0..1",
                paramLabel = "NAME",
                description = "Display name (default: the part before @).")
        String name;

        @Override
        public Integer call() throws IOException {
            String password = readPassword();
            try (Database db = AppConfig.fromEnvironment(user.main.env()).openDatabase()) {
                Runner r = new Accounts(db, user.main.clock()).signUp(email, name, password);
                spec.commandLine()
                        .getOut()
                        .println("Created " + r.email() + " (" + r.displayName() + ") in " + db.description());
                return 0;
            } catch (AccountException e) {
                throw new UserInputException(e.getMessage(), Main.INVALID_INPUT);
            }
        }
    }

    @Command(
            name = "reset-password",
            mixinStandardHelpOptions = true,
            description = {
                "Sets a new password for a runner who forgot theirs, on an instance that sends no e-mail. "
                        + "The password is read from the terminal, or from the first line of standard input when it is not "
                        + "a terminal. Every session of the runner ends."
            })
    static final class ResetPassword implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EMAIL")
        String email;

        @Override
        public Integer call() throws IOException {
            try (Database db = AppConfig.fromEnvironment(user.main.env()).openDatabase()) {
                Accounts accounts = new Accounts(db, user.main.clock());
                Runner r = accounts.findByEmail(email)
                        .orElseThrow(() -> new UserInputException(
                                "no account with the e-mail " + email + " in "
                                        + db.description().replaceAll("\\?.*", "")
                                        + " (bin/runmend user list shows them)",
                                Main.INVALID_INPUT));
                accounts.setPassword(r.id(), UserCommand.readPassword());
                spec.commandLine()
                        .getOut()
                        .println("New password set for " + r.email() + "; their sessions were ended.");
                return 0;
            } catch (AccountException e) {
                throw new UserInputException(e.getMessage(), Main.INVALID_INPUT);
            }
        }
    }

    // On JDK 22 and later console() is not null when input is piped; its readPassword then reads the
    // piped line, which is what the fallback below does too.
    @SuppressWarnings("SystemConsoleNull")
    static String readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] pw = console.readPassword("Password (at least %d characters): ", Accounts.MIN_PASSWORD);
            return pw == null ? "" : new String(pw);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts.")
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Database db = AppConfig.fromEnvironment(user.main.env()).openDatabase()) {
                PrintWriter out = spec.commandLine().getOut();
                for (Runner r : new Accounts(db, user.main.clock()).all()) {
                    out.println(r.email() + "\t" + r.displayName() + "\t" + r.createdAt());
                }
                return 0;
            }
        }
    }
}
