package org.runmend.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One of the five web articles RunMend's knowledge was first drawn from (in code and docs: a
 * "seed", cited by its file name). A runner sees it cited like any other source, by its own title
 * and date: {@link #citation()}.
 *
 * @param title    the article's own headline, or null when it has none
 * @param untitled how to name it when it has no headline, e.g. "an untitled web article on …"
 * @param author   who wrote or published it, when the article says; else null
 * @param date     the publication date the article gives (ISO, 2023-09-05), or null when it gives none
 */
public record Seed(
        String file, String title, String untitled, String author, String date, String topic, List<String> regions) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public Seed {
        regions = regions == null ? List.of() : List.copyOf(regions);
        if ((title == null || title.isBlank()) && (untitled == null || untitled.isBlank())) {
            throw new IllegalArgumentException("needs a title, or an 'untitled' description when the article has none");
        }
        if (date != null) {
            try {
                LocalDate.parse(date);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("date '" + date + "' is not an ISO date like 2023-09-05");
            }
        }
    }

    /**
     * How a runner sees the article cited: "“Title”, Author (5 September 2023)", with "undated"
     * when the article gives no date, and a plain description when it has no headline.
     */
    public String citation() {
        String name = title != null && !title.isBlank()
                ? "“" + title + "”"
                : Character.toUpperCase(untitled.charAt(0)) + untitled.substring(1);
        String by = author == null || author.isBlank() ? "" : ", " + author;
        return name + by + " (" + (date == null ? "undated" : DAY.format(LocalDate.parse(date))) + ", web article)";
    }
}
