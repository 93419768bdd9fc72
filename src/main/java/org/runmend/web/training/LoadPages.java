package org.runmend.web.training;

import static org.runmend.web.training.RunnerPages.runner;
import static org.runmend.web.training.RunnerPages.signedIn;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.runmend.accounts.RunnerSettings;
import org.runmend.activity.Units;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.training.TrainingService;
import org.runmend.web.Chrome;
import org.runmend.web.RunnerTime;
import org.runmend.web.Templates;
import org.runmend.web.View;

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

    public LoadPages(TrainingService training, KnowledgeBase kb, RunnerTime time, RunnerSettings settings, Templates templates) {
        this.training = training;
        this.kb = kb;
        this.time = time;
        this.settings = settings;
        this.templates = templates;
    }

    public void register(RoutesConfig routes) {
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
