package org.runmend.web;

import java.util.List;

/**
 * The training pages' models paired with the request's {@link Chrome}, one record per training
 * template. A stopgap (issue 11): once {@link LogPage}, {@link ActivityPage}, {@link ShoesPage} and
 * {@link LoadPage} carry the chrome and implement {@link View} themselves, their records here go;
 * a form shown on a page of its own ({@link RunForm}) keeps a small page record like {@link NewRun}.
 */
public final class TrainingViews {
    private TrainingViews() {
    }

    /** The training log. */
    public record Log(Chrome chrome, LogPage log) implements View {
        @Override
        public String template() {
            return "training/log.jte";
        }
    }

    /** What the plain upload form imported, or why nothing was. */
    public record Uploaded(Chrome chrome, List<UploadOutcome> outcomes, String error) implements View {
        @Override
        public String template() {
            return "training/uploaded.jte";
        }
    }

    /** The form for a run entered by hand. */
    public record NewRun(Chrome chrome, RunForm form) implements View {
        @Override
        public String template() {
            return "training/new.jte";
        }
    }

    /** One activity. */
    public record Activity(Chrome chrome, ActivityPage a) implements View {
        @Override
        public String template() {
            return "training/activity.jte";
        }
    }

    /** The question before an activity is deleted. */
    public record Delete(Chrome chrome, ActivityPage a) implements View {
        @Override
        public String template() {
            return "training/delete.jte";
        }
    }

    /** The shoes. */
    public record Shoes(Chrome chrome, ShoesPage p) implements View {
        @Override
        public String template() {
            return "training/shoes.jte";
        }
    }

    /** The training load. */
    public record Load(Chrome chrome, LoadPage p) implements View {
        @Override
        public String template() {
            return "training/load.jte";
        }
    }
}
