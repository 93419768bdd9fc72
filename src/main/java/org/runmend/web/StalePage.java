package org.runmend.web;

/**
 * The answer to a {@link StaleForm}: logged out, the log-in form carrying what was typed; logged
 * in, a button that sends it on with this page's token.
 */
public record StalePage(Chrome chrome, StaleForm form, String email, String error) implements View {
    @Override
    public String template() {
        return "accounts/stale.jte";
    }

    /** The form's path, for the template. */
    public String path() {
        return form.path();
    }

    /** The fields, for the template's hidden inputs. */
    public java.util.List<String[]> fields() {
        return form.fields().stream()
                .map(f -> new String[] {f.name(), f.value()})
                .toList();
    }

    /** What was typed that the runner will recognise (the longest text). */
    public String typed() {
        return form.longestText();
    }
}
