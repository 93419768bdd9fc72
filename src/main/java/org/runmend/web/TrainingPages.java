package org.runmend.web;

import io.javalin.config.RoutesConfig;
import org.runmend.training.ImportService;
import org.runmend.training.TrainingService;

/** The training log in the browser: activities, upload, manual entry, shoes and load. */
final class TrainingPages {
    private final TrainingService training;
    private final ImportService imports;
    private final Templates templates = new Templates();

    TrainingPages(TrainingService training, ImportService imports) {
        this.training = training;
        this.imports = imports;
    }

    void register(RoutesConfig routes) {
        routes.get("/log", ctx -> {
            Security.require(ctx);
            ctx.html(templates.render("painchecks/problem.jte", java.util.Map.<String, Object>of(
                    "title", "Training log", "message", "The training log pages are being built.")));
        });
    }
}
