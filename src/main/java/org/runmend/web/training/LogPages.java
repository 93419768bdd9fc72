package org.runmend.web.training;

import static org.runmend.web.training.RunnerPages.notice;
import static org.runmend.web.training.RunnerPages.runner;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.runmend.diary.Diary;
import org.runmend.diary.PainEntry;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.training.Shoe;
import org.runmend.training.StoredActivity;
import org.runmend.training.TrainingService;
import org.runmend.web.Chrome;
import org.runmend.web.RunnerContext;
import org.runmend.web.Templates;
import org.runmend.web.View;

/** The training log: one page of activities, newest first, with the uploader ({@link UploadPages}) on it. */
public final class LogPages {
    /** The log page: one page of activities. */
    public record Log(Chrome chrome, LogPage log) implements View {
        @Override
        public String template() {
            return "training/log.jte";
        }
    }

    private final TrainingService training;
    private final Diary diary;
    private final KnowledgeBase kb;
    private final Templates templates;

    /** @param diary where the pain given with each run is kept */
    public LogPages(TrainingService training, Diary diary, KnowledgeBase kb, Templates templates) {
        this.training = training;
        this.diary = diary;
        this.kb = kb;
        this.templates = templates;
    }

    /** One page of the log ({@code ?page=}); a page out of range or unreadable shows the nearest page. */
    public void log(Context ctx) {
        RunnerContext me = RunnerContext.of(ctx);
        String runner = me.id();
        int total = training.activities().count(runner);
        int pages = Math.max(1, (total + LogPage.PAGE_SIZE - 1) / LogPage.PAGE_SIZE);
        int page = Math.min(pages, Math.max(1, pageParam(ctx)));
        Map<String, String> shoeNames =
                training.shoes().list(runner).stream().collect(Collectors.toMap(Shoe::id, Shoe::name));
        List<StoredActivity> listed =
                training.activities().list(runner, LogPage.PAGE_SIZE, (page - 1) * LogPage.PAGE_SIZE);
        Map<String, PainEntry> pain =
                diary.afterRuns(runner, listed.stream().map(StoredActivity::id).toList());
        List<LogPage.Row> rows = listed.stream()
                .map(s -> LogPage.row(s, pain.get(s.id()), shoeNames, kb, me.units(), me.zone()))
                .toList();
        ctx.html(templates.render(new Log(
                Chrome.of(ctx),
                new LogPage(rows, page, pages, total, notice(ctx), me.units().symbol()))));
    }

    private static int pageParam(Context ctx) {
        String p = ctx.queryParam("page");
        try {
            return p == null ? 1 : Integer.parseInt(p);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
