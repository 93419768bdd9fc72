package org.runmend.web.training;

import io.javalin.http.Context;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.training.TrainingService;
import org.runmend.web.Chrome;
import org.runmend.web.RunnerContext;
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
    private final Templates templates;

    public LoadPages(TrainingService training, KnowledgeBase kb, Templates templates) {
        this.training = training;
        this.kb = kb;
        this.templates = templates;
    }

    /** The load page of the last {@link #WEEKS} weeks in the runner's units. */
    public void load(Context ctx) {
        RunnerContext me = RunnerContext.of(ctx);
        boolean empty = training.activities().count(me.id()) == 0;
        ctx.html(templates.render(new Load(
                Chrome.of(ctx),
                LoadPage.of(training.report(me.id(), WEEKS, me.zone(), me.units()), kb, empty, me.units()))));
    }
}
