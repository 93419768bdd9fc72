package org.runmend.web;

/**
 * The model of one page: the record its template takes as its only {@code @param}. The record
 * names its own template, so {@link Templates#render(View)} needs nothing else and a model cannot
 * be sent to another page's template; and it carries the request's {@link Chrome}, which the
 * layout and every form of the page need.
 *
 * <p>A page's data record made only for that page takes the chrome as its first component (like
 * {@code diary.DiaryPages.Page}); data shown by two pages or built elsewhere (a form, a pain check result)
 * is paired with the chrome in a small record of its own per page (like {@code painchecks.PainCheckPages.Result}).
 */
public interface View {
    /** The template's path under {@code src/main/jte}, like {@code "diary/diary.jte"}. */
    String template();

    /** The request's CSRF token and signed-in runner, for the layout and the page's forms. */
    Chrome chrome();
}
