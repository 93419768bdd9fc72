package org.runmend.importer;

import java.util.Locale;
import org.runmend.activity.Activity;
import org.runmend.activity.Sport;

/**
 * The sport of an activity whose file names none (many plain GPX tracks), guessed from its
 * average moving speed: under 1.9 m/s (slower than about 8:45 min/km) walking, up to 6 m/s
 * (2:47 min/km) running, faster cycling. RunMend is for runners, so the running band is wide.
 * Only files that name no sport are guessed: a sport the file names, "other" and a triathlon
 * transition included, is kept, so a ride never enters the running load by a guess.
 */
final class SportGuess {
    static final double WALK_BELOW_METRES_PER_SECOND = 1.9;
    static final double RUN_UP_TO_METRES_PER_SECOND = 6.0;

    private SportGuess() {}

    /** The activity with its sport guessed, or itself when the speed cannot tell (no distance or no moving time). */
    static Activity guess(Activity a) {
        double seconds = a.moving().toMillis() / 1000.0;
        if (a.sport() != Sport.OTHER || seconds < 1 || a.distance().metres() <= 0) {
            return a;
        }
        double speed = a.distance().metres() / seconds;
        Sport sport = speed < WALK_BELOW_METRES_PER_SECOND
                ? Sport.WALKING
                : speed <= RUN_UP_TO_METRES_PER_SECOND ? Sport.RUNNING : Sport.CYCLING;
        return a.withSport(sport);
    }

    /** The warning for a guessed activity. */
    static String warning(Activity guessed) {
        double speed = guessed.distance().metres() / (guessed.moving().toMillis() / 1000.0);
        return String.format(
                Locale.ROOT,
                "the file names no sport for the activity starting %s; taken as %s from "
                        + "its average speed (%.1f km/h; change it on the activity page if that is wrong)",
                guessed.start().toLocalDateTime().withNano(0),
                guessed.sport().name().toLowerCase(Locale.ROOT),
                speed * 3.6);
    }

    /** Guesses the activity's sport when its file named none, with a warning; otherwise returns it. */
    @SuppressWarnings("ReferenceEquality") // guess returns the same instance when it changes nothing
    static Activity ifNotNamed(Activity a, Repairs repairs) {
        if (repairs.namesSport(a)) {
            return a;
        }
        Activity g = guess(a);
        if (g != a) {
            repairs.warn(warning(g));
        }
        return g;
    }
}
