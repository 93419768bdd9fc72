package org.runmend.cli;

import java.util.List;
import org.runmend.accounts.Accounts;
import org.runmend.accounts.Runner;
import picocli.CommandLine.Option;

/** {@code --user EMAIL}: whose log a command works on; may be left out while there is one account. */
final class RunnerOption {
    @Option(
            names = {"-u", "--user"},
            paramLabel = "EMAIL",
            description = "The runner's account (needed when there is more than one).")
    String email;

    Runner resolve(Accounts accounts) {
        if (email != null) {
            return accounts.findByEmail(email)
                    .orElseThrow(() -> new UserInputException(
                            "no account with e-mail " + email + " (see bin/runmend user list)", Main.USAGE));
        }
        List<Runner> all = accounts.all();
        if (all.isEmpty()) {
            throw new UserInputException(
                    "there is no account yet: create one with 'bin/runmend user add EMAIL' "
                            + "or sign up in the web app",
                    Main.USAGE);
        }
        if (all.size() > 1) {
            throw new UserInputException(
                    "there are " + all.size() + " accounts: say whose log with --user EMAIL", Main.USAGE);
        }
        return all.get(0);
    }
}
