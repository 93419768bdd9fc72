package org.runmend.web;

import io.javalin.http.Context;

/** The page that says what went wrong and what to do: errors, refused forms, missing records. */
public record Problem(Chrome chrome, String title, String message) implements View {
    @Override
    public String template() {
        return "painchecks/problem.jte";
    }

    static Problem of(Context ctx, String title, String message) {
        return new Problem(Chrome.of(ctx), title, message);
    }
}
