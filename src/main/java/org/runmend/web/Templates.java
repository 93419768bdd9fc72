package org.runmend.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The jte templates of {@code src/main/jte}, compiled to classes at build time by the
 * jte-maven-plugin, so nothing is compiled while the app runs. Html content type: every
 * {@code ${...}} is escaped for where it stands (element, attribute, URL). One instance serves
 * the whole app: {@code WebApp} builds it and hands it to every page class.
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** The page for this model, by the template the model names. */
    public String render(View page) {
        StringOutput out = new StringOutput();
        engine.render(page.template(), page, out);
        return out.toString();
    }
}
