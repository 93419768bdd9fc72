package org.runmend.training;

import java.time.LocalDate;
import java.util.List;
import org.runmend.activity.Distance;
import org.runmend.activity.Figures;
import org.runmend.activity.Figures.Precision;
import org.runmend.activity.Units;

/**
 * Every sentence the training flags and context answers say to a runner, in one place, with
 * distances, paces and climb rates in the runner's unit.
 */
final class RiskWording {
    private final LocalDate today;
    private final Units units;

    RiskWording(LocalDate today, Units units) {
        this.today = today;
        this.units = units;
    }

    private String day(LocalDate d) {
        return Words.date(d, today);
    }

    /** "18 km", "11.2 mi": the flags speak in the runner's unit, to a tenth. */
    private String distance(double metres) {
        return Figures.distanceWithUnit(Distance.ofMetres(metres), units, Precision.TENTHS_TRIMMED);
    }

    Flag runSpike(RiskRules.RunSpikes.LongerRun f) {
        String study = switch (f.band()) {
            case SMALL ->
                "runs 10 to 30% longer than the longest of the month before came with about 1.6 times"
                        + " the injury rate";
            case MODERATE -> "a jump of over 30% and up to double came with about 1.5 times the injury rate";
            default ->
                "runs more than twice as long as the longest of the month before came with about 2.3"
                        + " times the injury rate";
        };
        return new Flag(
                FlagKind.RUN_SPIKE,
                "Your " + distance(f.metres()) + " run on " + day(f.date()) + " was "
                        + Words.percent(f.increase()) + " longer than your longest run in the 30 days before it ("
                        + distance(f.longestBefore()) + "). In a large study of runners, " + study + ".",
                List.of(f.date()));
    }

    Flag weeklyIncrease(RiskRules.WeeklyIncreases.WeeklyRise f) {
        String rise = f.previous() > 0
                ? Words.percent(f.metres() / f.previous() - 1) + " more than the week before (" + distance(f.previous())
                        + ")"
                : "after a week without running";
        return new Flag(
                FlagKind.WEEKLY_INCREASE,
                "You ran " + distance(f.metres()) + " in the week of "
                        + day(f.monday()) + ", " + rise + " and more than in any of the 4 weeks before. Raising weekly"
                        + " distance by more than about 30% at a time has been linked to some running injuries,"
                        + " though studies disagree on how much it matters; a single run much longer than usual is"
                        + " the clearer warning sign.",
                List.of(f.monday()));
    }

    Flag wornShoes(RiskRules.WornShoes.WornPair f) {
        return new Flag(
                FlagKind.WORN_SHOES,
                "Your shoes \"" + f.shoe().name() + "\" have " + distance(f.metres())
                        + " on them, past the "
                        + distance(f.shoe().alertDistance().metres()) + " you set as a reminder,"
                        + " and you last ran in them on " + day(f.lastUsed()) + ". Worn shoes give less cushioning and"
                        + " support; it may be time for a new pair.",
                f.dates());
    }

    Flag newShoes(Shoe shoe) {
        return new Flag(
                FlagKind.NEW_SHOES,
                "You started running in \"" + shoe.name() + "\" on "
                        + day(shoe.start()) + ". New shoes, especially flatter or lighter ones, change how your feet"
                        + " and calves are loaded; give your legs a few weeks to get used to them.",
                List.of(shoe.start()));
    }

    Flag fasterRuns(RiskRules.FasterRuns.FastShare f) {
        return new Flag(
                FlagKind.FASTER_RUNS,
                "In the last 4 weeks, " + f.fastDates().size() + " of your "
                        + f.recentRuns()
                        + " runs were at least 10% faster than your usual pace of the 12 weeks before ("
                        + Figures.pace(units.metres() / f.medianSpeed()) + " per " + units.symbol() + "), against "
                        + f.baselineFast() + " of " + f.baselineRuns()
                        + " then. Adding fast running quickly is a common reason for sore legs.",
                f.fastDates());
    }

    Flag moreClimbing(RiskRules.MoreClimbing.ClimbRise f) {
        return new Flag(
                FlagKind.MORE_CLIMBING,
                "In the last 4 weeks you climbed " + climb(f.recentPerKm())
                        + " on average, against " + climb(f.baselinePerKm()) + " in the 12 weeks"
                        + " before. More hills, up and especially down, load the calves, knees and thighs in ways they may"
                        + " not be used to yet.",
                f.dates());
    }

    /** "25 m per km", "132 ft per mi": height climbed per unit of distance, in the runner's units. */
    private String climb(double metresPerKm) {
        return Words.number(units.height(metresPerKm * units.metres() / 1000)) + " " + units.heightSymbol() + " per "
                + units.symbol();
    }

    String noLoadIncrease() {
        return "In the last 4 weeks no run was more than 10% longer than your longest of the 30 days before it, and"
                + " your weekly distance did not jump.";
    }

    String noNewShoes() {
        return "Every run of the last 3 weeks was in a pair you had already been running in.";
    }

    String roadShare(RiskRules.HardSurface.RoadShare f) {
        return Words.percent(f.roadShare()) + " of the distance you ran in the last 4 weeks, where you noted the"
                + " surface, was on road.";
    }

    Flag hardSurface(RiskRules.HardSurface.RoadShare f) {
        return new Flag(
                FlagKind.HARD_SURFACE,
                roadShare(f) + " Hard ground is often blamed for sore feet and"
                        + " shins; the evidence for that is weak, but trails or grass can feel better while something"
                        + " hurts.",
                f.dates());
    }

    String warmUps(RiskRules.WarmUpCount.WarmUpShare f) {
        return "You noted a warm-up before " + f.done() + " of the " + f.recorded() + " runs in the last 4 weeks"
                + " where you recorded it.";
    }

    Flag noWarmUp(RiskRules.WarmUpCount.WarmUpShare f) {
        return new Flag(
                FlagKind.NO_WARMUP,
                warmUps(f) + " Setting off hard with cold muscles makes a pull more"
                        + " likely; a few minutes of walking or easy jogging first helps.",
                f.without());
    }
}
