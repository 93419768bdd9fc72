package org.runmend.web;

import static org.runmend.web.RunnerPages.runner;
import static org.runmend.web.RunnerPages.signedIn;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.runmend.accounts.RunnerSettings;
import org.runmend.activity.Units;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.training.TrainingService;

/** The load page: weekly distance and load, spikes and the risk flags they raise. */
public final class LoadPages {
    /** The load page. */
    public record Load(Chrome chrome, LoadPage p) implements View {
        @Override
        public String template() {
            return "training/load.jte";
        }
    }

    /** The weeks the load page shows. */
    static final int WEEKS = 12;
    private final TrainingService training;
    private final KnowledgeBase kb;
    private final RunnerTime time;
    private final RunnerSettings settings;
    private final Templates templates;

    LoadPages(TrainingService training, KnowledgeBase kb, RunnerTime time, RunnerSettings settings, Templates templates) {
        this.training = training;
        this.kb = kb;
        this.time = time;
        this.settings = settings;
        this.templates = templates;
    }

    void register(RoutesConfig routes) {
        routes.get("/load", signedIn(this::load));
    }

    private void load(Context ctx) {
        String runner = runner(ctx);
        boolean empty = training.activities().count(runner) == 0;
        Units units = settings.units(runner);
        ctx.html(templates.render(new Load(Chrome.of(ctx),
                LoadPage.of(training.report(runner, WEEKS, time.zone(ctx), units), kb, empty, units))));
    }
}
