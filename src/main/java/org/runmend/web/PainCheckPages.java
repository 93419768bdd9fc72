package org.runmend.web;

import io.javalin.config.RoutesConfig;
import org.runmend.assessment.PainCheck;
import org.runmend.interview.InterviewService;
import org.runmend.knowledge.KnowledgeBase;

/** The pain check in the browser: body map, intake, interview and result pages. */
final class PainCheckPages {
    private final KnowledgeBase kb;
    private final PainCheck check;
    private final InterviewService interviews;

    PainCheckPages(KnowledgeBase kb, PainCheck check, InterviewService interviews) {
        this.kb = kb;
        this.check = check;
        this.interviews = interviews;
    }

    void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.html(HomePage.render(kb)));
    }
}
