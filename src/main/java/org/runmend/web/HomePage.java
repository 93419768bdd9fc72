package org.runmend.web;

import org.runmend.knowledge.KnowledgeBase;

/** The first page: what RunMend does, and how to reach the pain check. */
final class HomePage {
    private HomePage() {
    }

    static String render(KnowledgeBase kb) {
        StringBuilder regions = new StringBuilder();
        kb.regions().forEach(r -> regions.append("<li>").append(Html.escape(r.name())).append("</li>"));
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>RunMend</title></head><body><main>
                <h1>RunMend</h1>
                <p>RunMend helps runners who hurt after running: tell it where it hurts and answer a few questions,
                and it suggests likely causes, how urgently to get help, and a self-care plan. It does not diagnose.</p>
                <p>The pain check is available over the API: <code>POST /api/v1/assessments</code>.</p>
                <h2>Regions</h2><ul>%s</ul>
                </main></body></html>
                """.formatted(regions);
    }
}
