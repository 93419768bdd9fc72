package org.runmend.web.painchecks;

import io.javalin.http.Context;
import java.util.Optional;
import org.runmend.accounts.RunnerSettings;
import org.runmend.assessment.Case;
import org.runmend.assessment.CaseReader;
import org.runmend.assessment.InvalidCaseException;
import org.runmend.assessment.PainCheck;
import org.runmend.assessment.SavedAssessments;
import org.runmend.diary.RecoveryPlans;
import org.runmend.intake.StoryReader;
import org.runmend.intake.StoryReading;
import org.runmend.interview.Answer;
import org.runmend.interview.InterviewService;
import org.runmend.interview.InterviewToken;
import org.runmend.interview.Interviewer;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Region;
import org.runmend.library.GuideLibrary;
import org.runmend.training.TrainingService;
import org.runmend.web.Chrome;
import org.runmend.web.EmergencyLine;
import org.runmend.web.Errors;
import org.runmend.web.FormErrors;
import org.runmend.web.RunnerTime;
import org.runmend.web.Security;
import org.runmend.web.Templates;
import org.runmend.web.View;
import org.runmend.web.accounts.AccountPages;

/**
 * The pain check in the browser: home, body map, intake, interview and result pages.
 *
 * <p>Plain HTML forms. The interview state travels as a signed token in a hidden field of every
 * POST form, so any app instance holding the same secret can continue an interview and the
 * server keeps no session. A broken or expired token, or a tampered form, gets an HTML page that
 * says so and offers a fresh start; the JSON API ({@link PainCheckApi}) answers its errors as JSON ({@link Errors}).
 */
public final class PainCheckPages {
    /** The home page. */
    public record Home(Chrome chrome) implements View {
        @Override
        public String template() {
            return "painchecks/home.jte";
        }
    }

    /** The intake form after the body map. */
    public record Intake(Chrome chrome, IntakeForm form) implements View {
        @Override
        public String template() {
            return "painchecks/intake.jte";
        }
    }

    /** What a story was understood to say, as chips to confirm before the questions. */
    public record StoryRead(Chrome chrome, StoryChips chips) implements View {
        @Override
        public String template() {
            return "painchecks/story.jte";
        }
    }

    /**
     * A finished check's result.
     *
     * @param call the timed action and number to call at the top of an urgent result, or null for self-care
     */
    public record Result(Chrome chrome, ResultPage r, UrgentCall call) implements View {
        @Override
        public String template() {
            return "painchecks/result.jte";
        }
    }

    /** A finished check's self-care plan, on a page of its own. */
    public record SelfCare(Chrome chrome, ResultPage r) implements View {
        @Override
        public String template() {
            return "painchecks/selfcare.jte";
        }
    }

    /** The runner's kept checks. */
    public record Saved(Chrome chrome, java.util.List<SavedCheck> checks) implements View {
        @Override
        public String template() {
            return "painchecks/saved.jte";
        }
    }

    private final KnowledgeBase kb;
    private final InterviewService interviews;
    private final CaseReader reader;
    private final Templates templates;

    private final TrainingService training;
    private final SavedAssessments saved;

    private final GuideLibrary guides;
    private final RecoveryPlans plans;
    private final RunnerTime time;
    private final StoryReader stories;
    private final RunnerSettings runnerSettings;

    public PainCheckPages(
            Templates templates,
            KnowledgeBase kb,
            PainCheck check,
            InterviewService interviews,
            TrainingService training,
            SavedAssessments saved,
            GuideLibrary guides,
            RecoveryPlans plans,
            RunnerTime time,
            StoryReader stories,
            RunnerSettings runnerSettings) {
        this.runnerSettings = runnerSettings;
        this.templates = templates;
        this.guides = guides;
        this.time = time;
        this.plans = plans;
        this.training = training;
        this.saved = saved;
        this.kb = kb;
        this.interviews = interviews;
        this.reader = new CaseReader(check.knowledge());
        this.stories = stories;
    }

    /** The home page. */
    public void home(Context ctx) {
        ctx.html(templates.render(new Home(Chrome.of(ctx))));
    }

    /** The body map: the whole figure, or with {@code ?part=} that part's closer drawing. */
    public void bodyMap(Context ctx) {
        String part = ctx.queryParam("part");
        if (part == null) {
            ctx.html(templates.render(BodyMap.of(Chrome.of(ctx), kb, null)));
            return;
        }
        Optional<BodyMap> zoom = BodyMap.zoom(Chrome.of(ctx), kb, part);
        if (zoom.isEmpty()) {
            ctx.status(400)
                    .html(
                            templates.render(
                                    BodyMap.of(
                                            Chrome.of(ctx),
                                            kb,
                                            "That part of the body is not on the map: choose where it hurts on the figure or in the list.")));
            return;
        }
        ctx.html(templates.render(zoom.get()));
    }

    /** The intake form for the region chosen on the body map ({@code ?region=}, {@code ?side=}); the map again without one. */
    public void intakeForm(Context ctx) {
        Optional<Region> region = region(ctx.queryParam("region"));
        if (region.isEmpty()) {
            ctx.status(400)
                    .html(templates.render(BodyMap.of(
                            Chrome.of(ctx), kb, "Choose where it hurts: pick an area on the figure or in the list.")));
            return;
        }
        ctx.html(templates.render(new Intake(Chrome.of(ctx), IntakeForm.blank(region.get(), ctx.queryParam("side")))));
    }

    /**
     * The intake form sent: its answers checked (the form again, with each field's problem, when one is
     * wrong), then the first question, with what the signed-in runner's log already tells.
     */
    public void startInterview(Context ctx) {
        Optional<Region> region = region(ctx.formParam("region"));
        if (region.isEmpty()) {
            ctx.status(400)
                    .html(templates.render(BodyMap.of(
                            Chrome.of(ctx), kb, "Choose where it hurts: pick an area on the figure or in the list.")));
            return;
        }
        IntakeForm form = IntakeForm.posted(
                region.get(),
                ctx.formParam("side"),
                ctx.formParam("age"),
                ctx.formParam("sex"),
                ctx.formParam("durationDays"),
                ctx.formParam("painScore"));
        FormErrors.Checked<Case> intake = form.validate(reader);
        if (!intake.isValid()) {
            ctx.status(400).html(templates.render(new Intake(Chrome.of(ctx), form.withErrors(intake.errors()))));
            return;
        }
        java.util.Map<String, Boolean> fromLog = Security.current(ctx)
                .map(s -> training.report(s.runner().id(), 4, time.zone(ctx)).contextFindings())
                .orElse(java.util.Map.of());
        show(ctx, interviews.start(intake.value(), fromLog));
    }

    /**
     * Reads the story typed above the body map. A story that says nothing RunMend understands (empty,
     * another language, only emoji) shows the map again with a note: the map is the way in. One over
     * the limit shows it again with the words kept and a message naming the field and the limit.
     */
    public void readStory(Context ctx) {
        String story = ctx.formParam("story") == null ? "" : ctx.formParam("story");
        Chrome chrome = Chrome.of(ctx);
        if (story.length() > StoryReader.MAX_LENGTH) {
            ctx.status(400)
                    .html(templates.render(BodyMap.of(
                            chrome,
                            kb,
                            null,
                            new BodyMap.StoryBox(
                                    story,
                                    null,
                                    "Your story: at most " + StoryReader.MAX_LENGTH + " characters, please (it has "
                                            + story.length()
                                            + "). Shorten it, or choose where it hurts on the figure."))));
            return;
        }
        StoryReading r = stories.read(story, time.today(ctx));
        if (r.isEmpty()) {
            String note = story.isBlank()
                    ? "Write a few words about the pain, or choose where it hurts on the figure."
                    : StoryJson.NOTHING_UNDERSTOOD;
            ctx.html(templates.render(BodyMap.of(chrome, kb, null, new BodyMap.StoryBox(story, note, null))));
            return;
        }
        ctx.html(templates.render(new StoryRead(chrome, StoryChips.of(kb, story, r))));
    }

    /** The chips confirmed: the interview starts with the kept findings answered and the story kept with it. */
    public void startFromStory(Context ctx) {
        String story = ctx.formParam("story") == null ? "" : ctx.formParam("story");
        if (story.length() > StoryReader.MAX_LENGTH) {
            throw new InvalidCaseException(
                    "story",
                    story.length() + " characters",
                    "must be at most " + StoryReader.MAX_LENGTH + " characters long");
        }
        StoryReading r = stories.read(story, time.today(ctx));
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        ctx.formParamMap().forEach((k, v) -> {
            if (!v.isEmpty()) {
                fields.put(k, v.get(0));
            }
        });
        StoryChips chips = StoryChips.posted(kb, story, r, fields);
        FormErrors.Checked<Case> intake = chips.validate(kb, reader);
        if (!intake.isValid()) {
            ctx.status(400).html(templates.render(new StoryRead(Chrome.of(ctx), chips.withErrors(intake.errors()))));
            return;
        }
        java.util.Map<String, Boolean> fromLog = Security.current(ctx)
                .map(s -> training.report(s.runner().id(), 4, time.zone(ctx)).contextFindings())
                .orElse(java.util.Map.of());
        show(ctx, interviews.start(intake.value(), fromLog, story, chips.kept()));
    }

    /** One question answered (yes, no, not sure): the next question, or the result. */
    public void answer(Context ctx) {
        show(ctx, interviews.answer(token(ctx), ctx.formParam("finding"), ctx.formParam("answer")));
    }

    /** The checklist of quick questions answered at once: the next question, or the result. */
    public void answerChecklist(Context ctx) {
        show(ctx, interviews.answerChecklist(token(ctx), ChecklistPage.answers(ctx.formParamMap())));
    }

    /** One question back: the question before, with its answer taken back. */
    public void back(Context ctx) {
        show(ctx, interviews.back(token(ctx)));
    }

    /** Where the interview was, unchanged: after "Keep my answer" on a changed question, or back from the self-care page. */
    public void resume(Context ctx) {
        show(ctx, interviews.resume(token(ctx)));
    }

    /** The self-care plan of the finished check in the form, on its own page. */
    public void plan(Context ctx) {
        showPlan(ctx, interviews.resume(token(ctx)), null, null);
    }

    /** Keeps the finished check in the signed-in runner's account and shows it again, now kept. */
    public void save(Context ctx) {
        var runner = Security.require(ctx).runner();
        ctx.redirect("/checks/" + keep(runner.id(), interviews.resume(token(ctx))));
    }

    /**
     * Keeps a finished check for a runner who has just signed up or logged in from its result;
     * the path of the kept check to return to, or empty when the token is no finished check.
     */
    public Optional<String> keepAfterSignIn(String runnerId, String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            InterviewService.Turn turn = interviews.resume(token);
            return turn.step() instanceof Interviewer.Done
                    ? Optional.of("/checks/" + keep(runnerId, turn))
                    : Optional.empty();
        } catch (InterviewToken.InvalidTokenException e) {
            return Optional.empty();
        }
    }

    private String keep(String runnerId, InterviewService.Turn turn) {
        if (!(turn.step() instanceof Interviewer.Done done)) {
            throw new InvalidCaseException(
                    "interview", null, "is not finished yet: answer the remaining questions first");
        }
        java.util.List<String> notSure = turn.state().answers().stream()
                .filter(a -> a.answer() == Answer.UNKNOWN)
                .map(a -> a.finding())
                .toList();
        return saved.save(runnerId, done.assessment(), notSure, turn.state().story());
    }

    /** From a result, before an account: the sign-up or log-in form that keeps this check and comes back to it. */
    public void keepForm(Context ctx) {
        String token = token(ctx);
        if (Security.current(ctx).isPresent()) {
            save(ctx);
            return;
        }
        InterviewService.Turn turn = interviews.resume(token);
        if (!(turn.step() instanceof Interviewer.Done)) {
            throw new InvalidCaseException(
                    "interview", null, "is not finished yet: answer the remaining questions first");
        }
        boolean login = "login".equals(ctx.formParam("with"));
        AccountPages.Form form = new AccountPages.Form("", "", "/checks", null, null, token);
        Chrome chrome = Chrome.of(ctx);
        ctx.html(
                templates.render(login ? new AccountPages.LogIn(chrome, form) : new AccountPages.SignUp(chrome, form)));
    }

    /** A kept check of the signed-in runner, shown like a fresh result. */
    public void savedCheck(Context ctx) {
        showSaved(ctx, false);
    }

    /** The self-care plan of a kept check, on its own page. */
    public void savedPlan(Context ctx) {
        showSaved(ctx, true);
    }

    /** A kept check shown like a fresh result, from its case answered again. */
    private void showSaved(Context ctx, boolean plan) {
        var runner = Security.require(ctx).runner();
        var s = saved.get(runner.id(), ctx.pathParam("id"));
        Case c = reader.read(s.caseJson());
        java.util.List<String> notSure = new java.util.ArrayList<>();
        s.caseJson().path("findings").properties().forEach(e -> {
            if (e.getValue().isNull()) {
                notSure.add(e.getKey());
            }
        });
        InterviewService.Turn turn = interviews.replay(c, notSure, s.story());
        String when = SavedCheck.WHEN.format(s.at().atZone(time.zone(ctx)));
        if (plan) {
            showPlan(ctx, turn, s.id(), when);
        } else {
            show(ctx, turn, s.id(), when);
        }
    }

    /** The self-care plan of a result, on its own page. */
    private void showPlan(Context ctx, InterviewService.Turn turn, String savedId, String savedOn) {
        if (!(turn.step() instanceof Interviewer.Done done)) {
            show(ctx, turn);
            return;
        }
        ctx.html(templates.render(new SelfCare(Chrome.of(ctx), result(turn, done, savedId, savedOn))));
    }

    /** The signed-in runner's kept checks, newest first. */
    public void savedChecks(Context ctx) {
        var runner = Security.require(ctx).runner();
        ctx.html(templates.render(
                new Saved(Chrome.of(ctx), SavedCheck.of(kb, saved.list(runner.id()), time.zone(ctx)))));
    }

    /** An answered question asked again, to change its answer; only a question this interview asked. */
    public void changeAnswer(Context ctx) {
        InterviewService.Turn turn = interviews.resume(token(ctx));
        String id = ctx.formParam("finding");
        Finding finding = kb.finding(id == null ? "" : id)
                .filter(f -> turn.state().asked(f.id()))
                .orElseThrow(() -> new InvalidCaseException("finding", id, "was not asked in this interview"));
        ctx.html(templates.render(QuestionPage.change(Chrome.of(ctx), kb, turn, finding)));
    }

    private void show(Context ctx, InterviewService.Turn turn) {
        show(ctx, turn, null, null);
    }

    private ResultPage result(InterviewService.Turn turn, Interviewer.Done done, String savedId, String savedOn) {
        var a = done.assessment();
        ResultPage.PlanOffer offer = a.conditions().isEmpty()
                        || plans.checklist(a.top().id()).isEmpty()
                ? null
                : new ResultPage.PlanOffer(
                        a.top().id(), a.top().condition().name(), a.input().region());
        return ResultPage.of(kb, turn, a, guides.guidesFor(a), offer, savedId, savedOn);
    }

    private void show(Context ctx, InterviewService.Turn turn, String savedId, String savedOn) {
        Chrome chrome = Chrome.of(ctx);
        if (turn.step() instanceof Interviewer.Done done) {
            ResultPage r = result(turn, done, savedId, savedOn);
            UrgentCall call = UrgentCall.of(
                            r.triage(),
                            EmergencyLine.of(ctx, runnerSettings),
                            EmergencyLine.chosen(ctx, runnerSettings))
                    .orElse(null);
            ctx.html(templates.render(new Result(chrome, r, call)));
        } else if (turn.step() instanceof Interviewer.Checklist checklist) {
            ctx.html(templates.render(ChecklistPage.of(chrome, kb, turn, checklist)));
        } else {
            ctx.html(templates.render(QuestionPage.of(chrome, kb, turn, (Interviewer.Ask) turn.step())));
        }
    }

    private Optional<Region> region(String id) {
        return id == null ? Optional.empty() : kb.region(id);
    }

    private static String token(Context ctx) {
        return ctx.formParam("interview");
    }
}
