package org.runmend.web.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.runmend.activity.Activity;
import org.runmend.activity.Distance;
import org.runmend.activity.Figures;
import org.runmend.activity.Figures.Precision;
import org.runmend.activity.Lap;
import org.runmend.activity.Sport;
import org.runmend.activity.Units;
import org.runmend.training.BestEfforts;
import org.runmend.training.EffortStore;
import org.runmend.training.HeartRateZones;
import org.runmend.training.RunnerCalendar;
import org.runmend.training.Splits;
import org.runmend.training.StoredActivity;
import org.runmend.training.ZoneBasis;
import org.runmend.web.charts.LineChart;
import org.runmend.web.charts.RouteOutline;

/**
 * One activity: its name and numbers, route map, charts, splits, heart-rate zones, laps and the
 * details form, in the runner's units and in the words of its sport (speed for rides, pace
 * otherwise).
 *
 * @param name      the activity's own name (from the file or given by the runner), or null
 * @param diaryLink the words of the link to a pain diary entry, or null where it does not fit (rides)
 * @param route     the route outline, or null without positions
 * @param zones     time in heart-rate zones, or null without heart rate
 * @param zoneModel how the zones were made, in words
 * @param notice    a line to confirm what just happened ("Details saved."), or null
 * @param nameError what was wrong with a name the runner gave, or null
 */
public record ActivityPage(
        String id,
        String title,
        String name,
        String day,
        String time,
        String zone,
        String sport,
        String distance,
        String moving,
        String elapsed,
        String paceLabel,
        String pace,
        String elevationGain,
        String heartRate,
        String cadence,
        String source,
        String shoe,
        String unit,
        String paceUnit,
        List<LapRow> laps,
        List<SplitRow> splits,
        List<LineChart> charts,
        RouteOutline route,
        List<ZoneRow> zones,
        String zoneModel,
        List<EffortRow> efforts,
        String diaryLink,
        RunForm details,
        String notice,
        String nameError) {
    /**
     * One best effort of this run, written out.
     *
     * @param record whether it is the runner's personal record at that distance
     * @param where  where in the run it began, "from 2.31 km"
     */
    public record EffortRow(String distance, String time, String pace, String where, boolean record) {}

    /** One lap, written out. */
    public record LapRow(int number, String distance, String time, String pace, String avgHr, String maxHr) {}

    /** One split of a whole kilometre or mile (the last may be shorter), written out. */
    public record SplitRow(
            String label, String time, String pace, String avgHr, String climb, String descent, double barShare) {}

    /** One heart-rate zone, written out; {@code percent} is the share of the time as a whole number. */
    public record ZoneRow(String name, String range, String time, int percent) {}

    public ActivityPage {
        laps = List.copyOf(laps);
        splits = List.copyOf(splits);
        charts = List.copyOf(charts);
        zones = zones == null ? null : List.copyOf(zones);
        efforts = List.copyOf(efforts);
    }

    /** "m" or "ft": heights on this page, in the runner's units. */
    public String heightUnit() {
        return Units.parse(unit).heightSymbol();
    }

    /** "metres" or "feet". */
    public String heightWord() {
        return Units.parse(unit).heightWord();
    }

    /** The splits table has heart rate and elevation columns only when some split has them. */
    public boolean splitsHaveHeartRate() {
        return splits.stream().anyMatch(s -> !"–".equals(s.avgHr()));
    }

    public boolean splitsHaveElevation() {
        return splits.stream().anyMatch(s -> !"–".equals(s.climb()));
    }

    /**
     * @param maxHeartRate the runner's maximum for the zones (highest in their log), or empty
     * @param zone         the runner's zone, in which a start recorded in UTC is shown ({@link RunnerCalendar})
     */
    /** Which heart rates the zones come from, in words: the runner's own, their age's, or the log's. */
    static String zoneModel(ZoneBasis b, boolean fromLog) {
        String bands = b.resting() == null
                ? "Zones are bands of 10% of your maximum heart rate (zone 1 is 50–60%, zone 5 is 90% and over). "
                : "Zones are bands of 10% of your heart-rate reserve, from your resting " + b.resting()
                        + " bpm up to your maximum (zone 1 is 50–60%, zone 5 is 90% and over). ";
        String max = switch (b.source()) {
            case OWN -> "Maximum heart rate: " + b.max() + " bpm, your own from your settings.";
            case AGE ->
                "Maximum heart rate: " + b.max() + " bpm, estimated from your age (208 − 0.7 × age), which can be "
                        + "10 beats or more off for one person. Enter your own in your settings if you know it.";
            case LOG ->
                "Maximum heart rate: " + b.max() + " bpm, "
                        + (fromLog ? "the highest recorded in your log" : "the highest in this activity")
                        + ", which may not be yours (a strap glitch, or someone else's file). Enter your own, or your year of birth, "
                        + "in your settings.";
        };
        return bands + max;
    }

    /**
     * @param efforts the run's best efforts ({@link org.runmend.training.BestEfforts}), empty for other sports
     * @param records the runner's personal records, to mark the efforts that are one
     */
    static ActivityPage of(
            StoredActivity s,
            String shoeName,
            RunForm details,
            String notice,
            Units units,
            Optional<ZoneBasis> basis,
            java.time.ZoneId zone,
            List<BestEfforts.Effort> efforts,
            List<EffortStore.PersonalRecord> records) {
        Activity a = s.activity();
        java.time.ZonedDateTime start = RunnerCalendar.start(a.start(), zone); // as the runner reads it
        boolean ride = a.sport() == Sport.CYCLING;
        List<LapRow> laps = new ArrayList<>();
        int n = 1;
        for (Lap l : a.laps()) {
            var t = l.moving() == null ? l.elapsed() : l.moving();
            laps.add(new LapRow(
                    n++,
                    Figures.distance(l.distance(), units, Precision.HUNDREDTHS),
                    Figures.duration(t),
                    ride ? Figures.speed(l.distance(), t, units) : Figures.pace(l.distance(), t, units),
                    num(l.averageHeartRate()),
                    num(l.maxHeartRate())));
        }
        String hr = a.averageHeartRate() == null && a.maxHeartRate() == null
                ? null
                : num(a.averageHeartRate()) + " average, " + num(a.maxHeartRate()) + " max (bpm)";
        String cadence = a.averageCadence() == null
                ? null
                : a.averageCadence() + " average" + (a.maxCadence() == null ? "" : ", " + a.maxCadence() + " max")
                        + (ride ? " (revolutions per minute)" : " (steps per minute)");
        String sport = TrainingFormat.sport(a.sport());
        String title = a.name() != null && !a.name().isBlank() ? a.name() : sport + " on " + TrainingFormat.day(start);

        List<LineChart> charts = new ArrayList<>();
        (ride ? LineChart.speed(a.samples(), units) : LineChart.pace(a.samples(), units)).ifPresent(charts::add);
        LineChart.heartRate(a.samples(), units).ifPresent(charts::add);
        LineChart.elevation(a.samples(), units).ifPresent(charts::add);

        List<SplitRow> splits = splitRows(Splits.of(a.samples(), units), units, ride);

        List<ZoneRow> zones = null;
        String model = null;
        Optional<ZoneBasis> max = basis.or(() ->
                HeartRateZones.plausibleMax(a.maxHeartRate()).map(m -> new ZoneBasis(m, null, ZoneBasis.Source.LOG)));
        if (max.isPresent()) {
            ZoneBasis b = max.get();
            Optional<HeartRateZones.Result> r = HeartRateZones.of(a.samples(), b.max(), b.resting());
            if (r.isPresent()) {
                zones = new ArrayList<>();
                for (HeartRateZones.Zone z : r.get().zones()) {
                    String range = z.number() == 0
                            ? "under " + z.to() + " bpm"
                            : z.to() == 0 ? z.from() + " bpm and over" : z.from() + "–" + (z.to() - 1) + " bpm";
                    String zoneName = z.number() == 0 ? "Below zone 1" : "Zone " + z.number();
                    zones.add(new ZoneRow(
                            zoneName, range, Figures.duration(z.time()), (int) Math.round(100 * z.share())));
                }
                model = zoneModel(b, basis.isPresent());
            }
        }
        List<EffortRow> effortRows = new ArrayList<>();
        for (BestEfforts.Effort e : efforts) {
            boolean record = EffortStore.recordAt(records, e.distance())
                    .filter(r -> r.activityId().equals(s.id()))
                    .isPresent();
            effortRows.add(effortRow(e, units, record));
        }
        String diaryLink = ride || a.sport() == Sport.SWIMMING
                ? null
                : a.sport().isRun()
                        ? "Add a pain diary entry for this run"
                        : "Add a pain diary entry for this activity";
        return new ActivityPage(
                s.id(),
                title,
                a.name(),
                TrainingFormat.day(start),
                TrainingFormat.time(start),
                start.getZone().getId(),
                sport,
                Figures.distanceWithUnit(a.distance(), units, Precision.HUNDREDTHS),
                Figures.duration(a.moving()),
                Figures.duration(a.elapsed()),
                ride ? "Average speed" : "Pace",
                ride
                        ? Figures.speed(a.distance(), a.moving(), units) + " " + units.speedUnit()
                        : Figures.pace(a.distance(), a.moving(), units) + " " + units.paceUnit(),
                a.elevationGainMetres() == null ? null : Figures.elevation(a.elevationGainMetres(), units),
                hr,
                cadence,
                source(a),
                shoeName,
                units.symbol(),
                ride ? units.speedUnit() : units.paceUnit(),
                laps,
                splits,
                charts,
                RouteOutline.of(a.samples()).orElse(null),
                zones,
                model,
                effortRows,
                diaryLink,
                details,
                notice,
                null);
    }

    /** One effort in the runner's units: "1 km", "4:12", "4:12 min/km", "from 2.31 km". */
    public static EffortRow effortRow(BestEfforts.Effort e, Units units, boolean record) {
        Distance d = Distance.ofMetres(e.distance().metres());
        java.time.Duration t = java.time.Duration.ofMillis(Math.round(e.seconds() * 1000));
        return new EffortRow(
                e.distance().words(),
                Figures.duration(t),
                Figures.pace(d, t, units) + " " + units.paceUnit(),
                e.startMetres() < 1
                        ? "from the start"
                        : "from "
                                + Figures.distanceWithUnit(
                                        Distance.ofMetres(e.startMetres()), units, Precision.HUNDREDTHS),
                record);
    }

    ActivityPage withNameError(String typed, String error) {
        return new ActivityPage(
                id,
                title,
                typed,
                day,
                time,
                zone,
                sport,
                distance,
                moving,
                elapsed,
                paceLabel,
                pace,
                elevationGain,
                heartRate,
                cadence,
                source,
                shoe,
                unit,
                paceUnit,
                laps,
                splits,
                charts,
                route,
                zones,
                zoneModel,
                efforts,
                diaryLink,
                details,
                null,
                error);
    }

    private static List<SplitRow> splitRows(List<Splits.Split> splits, Units units, boolean ride) {
        List<SplitRow> out = new ArrayList<>();
        double fastest = splits.stream()
                .mapToDouble(s -> s.secondsPerUnit(units))
                .filter(v -> !Double.isNaN(v))
                .min()
                .orElse(Double.NaN);
        for (Splits.Split s : splits) {
            double perUnit = s.secondsPerUnit(units);
            boolean whole = Math.abs(units.of(s.distance()) - 1) < 0.001;
            String label =
                    whole ? String.valueOf(s.number()) : Figures.distance(s.distance(), units, Precision.HUNDREDTHS);
            String pace = Double.isNaN(perUnit)
                    ? "–"
                    : ride ? String.format(Locale.ROOT, "%.1f", 3600 / perUnit) : Figures.pace(perUnit);
            out.add(new SplitRow(
                    label,
                    Figures.duration(s.moving()),
                    pace,
                    num(s.averageHeartRate()),
                    s.climbMetres() == null ? "–" : "+" + Math.round(units.height(s.climbMetres())),
                    s.descentMetres() == null ? "–" : "−" + Math.round(units.height(s.descentMetres())),
                    Double.isNaN(perUnit) ? 0 : Math.max(0.1, fastest / perUnit)));
        }
        return out;
    }

    private static String source(Activity a) {
        String kind = switch (a.source()) {
            case MANUAL -> null;
            case GPX, TCX, FIT -> a.source().id().toUpperCase(Locale.ROOT) + " file";
            case STRAVA_EXPORT -> "a Strava export";
            case UNKNOWN -> "file";
        };
        if (kind == null) {
            return "Entered by hand";
        }
        return "Imported from " + kind
                + Optional.ofNullable(a.sourceName()).map(n -> " " + n).orElse("");
    }

    private static String num(Integer v) {
        return v == null ? "–" : v.toString();
    }
}
