package org.runmend.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The jte templates of {@code src/main/jte}, compiled to classes at build time by the
 * jte-maven-plugin, so nothing is compiled while the app runs. Html content type: every
 * {@code ${...}} is escaped for where it stands (element, attribute, URL).
 */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders a template that takes one parameter. */
    String render(String name, Object model) {
        StringOutput out = new StringOutput();
        engine.render(name, model, out);
        return out.toString();
    }

    /** Renders a template by named parameters (none, or several). */
    String render(String name, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(name, params, out);
        return out.toString();
    }
}
