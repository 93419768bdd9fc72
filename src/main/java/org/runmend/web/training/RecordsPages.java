package org.runmend.web.training;

import static org.runmend.web.training.RunnerPages.runner;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.runmend.activity.Units;
import org.runmend.training.EffortStore;
import org.runmend.training.RunnerCalendar;
import org.runmend.training.TrainingService;
import org.runmend.web.Chrome;
import org.runmend.web.RunnerContext;
import org.runmend.web.Templates;
import org.runmend.web.View;

/**
 * The runner's personal records: the fastest 1 km, mile, 5 km, 10 km, half marathon and
 * marathon found inside any run of their log, each with its date and a link to the run.
 */
public final class RecordsPages {
    /**
     * One record, written out.
     *
     * @param link  the run's page
     * @param run   the run's name, or its sport and date
     * @param where where in the run the stretch began, "from 2.31 km"
     */
    public record Row(String distance, String time, String pace, String day, String link, String run, String where) {}

    /** The records page. */
    public record RecordsView(Chrome chrome, List<Row> rows, int runs) implements View {
        public RecordsView {
            rows = List.copyOf(rows);
        }

        @Override
        public String template() {
            return "training/records.jte";
        }
    }

    private final TrainingService training;
    private final Templates templates;

    public RecordsPages(TrainingService training, Templates templates) {
        this.training = training;
        this.templates = templates;
    }

    /** The runner's best efforts over each distance, each linked to its run. */
    public void records(Context ctx) {
        RunnerContext me = RunnerContext.of(ctx);
        String runner = me.id();
        Units units = me.units();
        ZoneId zone = me.zone();
        List<Row> rows = new ArrayList<>();
        for (EffortStore.PersonalRecord r : training.efforts().records(runner)) {
            ActivityPage.EffortRow e = ActivityPage.effortRow(r.effort(), units, true);
            var start = RunnerCalendar.start(r.start(), zone);
            String day = TrainingFormat.day(start);
            String run = r.activityName() != null ? r.activityName() : TrainingFormat.sport(r.sport()) + " on " + day;
            rows.add(new Row(e.distance(), e.time(), e.pace(), day, "/log/" + r.activityId(), run, e.where()));
        }
        ctx.html(templates.render(
                new RecordsView(Chrome.of(ctx), rows, training.activities().count(runner))));
    }
}
