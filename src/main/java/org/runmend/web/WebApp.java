package org.runmend.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.runmend.AppConfig;
import org.runmend.accounts.Accounts;
import org.runmend.accounts.Mailer;
import org.runmend.accounts.PasswordHashing;
import org.runmend.accounts.PasswordResets;
import org.runmend.accounts.RunnerData;
import org.runmend.accounts.RunnerSettings;
import org.runmend.assessment.AssessmentJson;
import org.runmend.assessment.CaseReader;
import org.runmend.assessment.InvalidCaseException;
import org.runmend.assessment.PainCheck;
import org.runmend.assessment.SavedAssessments;
import org.runmend.diary.Diary;
import org.runmend.diary.RecoveryPlans;
import org.runmend.importer.Importer;
import org.runmend.intake.StoryReader;
import org.runmend.intake.StoryReading;
import org.runmend.interview.InterviewService;
import org.runmend.interview.InterviewToken;
import org.runmend.interview.Interviewer;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.library.GuideLibrary;
import org.runmend.library.GuideViews;
import org.runmend.report.FhirReport;
import org.runmend.report.PdfReport;
import org.runmend.report.ReportAssembler;
import org.runmend.store.Database;
import org.runmend.store.NotFoundException;
import org.runmend.store.StorageBusyException;
import org.runmend.training.ImportService;
import org.runmend.training.TrainingService;

/**
 * The web app and REST API. Built from its dependencies so that {@code main}, the CLI and tests
 * wire it the same way; handlers are thin and every typed error is mapped here, in one place.
 */
public final class WebApp {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The title of the site's one 404 page. */
    private static final String NOT_FOUND = "Page not found";
    /** Request attribute set once {@link #problem} has answered, so the 404 error handler leaves that answer alone. */
    private static final String PROBLEM_SHOWN = "problemShown";
    private final KnowledgeBase kb;
    private final PainCheck check;
    private final CaseReader reader;
    private final AssessmentJson resultJson;
    private final InterviewService interviews;
    private final StoryReader stories;
    private final Clock clock;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WebApp.class);
    private static final org.slf4j.Logger REQUESTS = org.slf4j.LoggerFactory.getLogger("org.runmend.web.requests");
    private final Javalin javalin;
    private final java.util.concurrent.ExecutorService mailThread;
    private final RequestBodies.UploadFolder uploads;

    /** @param clock the one clock of the app (UTC instants); each runner's days come from it and their zone */
    public WebApp(KnowledgeBase kb, AppConfig appConfig, Database db, Clock clock) {
        this(kb, appConfig, db, WebSettings.fromEnvironment(System.getenv(), appConfig.dataDir()),
                Mailer.Settings.fromEnvironment(System.getenv()).map(Mailer::new), clock);
    }

    /** Without e-mail: password resets go through {@code runmend user reset-password}. */
    public WebApp(KnowledgeBase kb, AppConfig appConfig, Database db, WebSettings settings, Clock clock) {
        this(kb, appConfig, db, settings, java.util.Optional.empty(), clock);
    }

    /** @param mailer sends password-reset links; empty when this instance sends no e-mail */
    public WebApp(KnowledgeBase kb, AppConfig appConfig, Database db, WebSettings given,
                  java.util.Optional<Mailer> mailer, Clock clock) {
        java.util.Objects.requireNonNull(clock, "clock");
        // uploads go to this instance's own folder, so a killed instance's leftovers are found at the next start
        RequestBodies.UploadFolder uploads = RequestBodies.prepareUploadFolder(given.uploadDir(), clock.instant());
        this.uploads = uploads;
        WebSettings settings = given.withUploadDir(uploads.dir());
        this.kb = kb;
        LOG.info("Settings: data in {}, storage {}, public URL {}, secure cookies {}, proxy hops {}, uploads up to {}"
                + " bytes in {}, password hashing {}", appConfig.dataDir(), db.description().replaceAll("\\?.*", ""),
                settings.publicUrl(), settings.secureCookies(), settings.proxyHops(), settings.maxUploadBytes(),
                settings.uploadDir(), PasswordHashing.fromSystemProperty());
        if (uploads.removed() > 0) {
            LOG.info("Removed {} temporary upload(s) left in {} by an earlier run", uploads.removed(), given.uploadDir());
        }
        this.check = new PainCheck(kb);
        this.reader = new CaseReader(kb);
        this.resultJson = new AssessmentJson(kb);
        this.interviews = new InterviewService(check, new InterviewToken(appConfig.secret(), clock));
        this.stories = StoryReader.bundled(kb);
        this.clock = clock;
        PainCheck check = this.check;
        InterviewService interviews = this.interviews;
        Accounts accounts = new Accounts(db, clock);
        Security security = new Security(accounts, settings.secureCookies(), settings.proxyHops());
        Templates templates = new Templates();
        TrainingService training = new TrainingService(db, clock);
        SavedAssessments saved = new SavedAssessments(db, kb, clock);
        GuideLibrary guides = GuideLibrary.from(kb, stories.analyzer());
        Diary diary = new Diary(db, clock);
        RecoveryPlans plans = new RecoveryPlans(db, kb, clock);
        ImportService imports = new ImportService(training, Importer.lenient());
        RunnerSettings runnerSettings = new RunnerSettings(db);
        RunnerTime time = new RunnerTime(clock, runnerSettings);
        mailer.ifPresent(m -> LOG.info("Password-reset e-mails: {}", m.settings()));
        this.mailThread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "runmend-mail");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.ExecutorService sending = this.mailThread;
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // method, path (its parameters as {name}, so no token or id is logged), status, time; no query or body
            config.requestLogger.http((ctx, ms) -> REQUESTS.info("{} {} {} {} ms", ctx.method(), loggedPath(ctx),
                    ctx.statusCode(), Math.round(ms)));
            config.http.maxRequestSize = WebSettings.MAX_JSON_BYTES;
            // uploads are written to a temporary file in the upload folder as they arrive, never held whole in memory
            config.jetty.multipartConfig.cacheDirectory(settings.uploadDir().toString());
            config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes() + 64 * 1024, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(64, io.javalin.config.SizeUnit.KB);
            // the security headers first, so that every answer has them, a refused body's too
            config.routes.before(Security::headers);
            config.routes.before(ctx -> RequestBodies.checkAnnouncedLength(ctx, settings));
            security.register(config.routes);
            // Jetty's own answers (a bad request line, a too long address or header: 400, 414, 431)
            // never reach Javalin; its error handler gives them the same headers
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.routes.exception(RequestBodies.TooLarge.class, (e, ctx) -> {
                ctx.header("Connection", "close");
                problem(ctx, templates, 413, "Too large", e.getMessage());
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (DiskFull.isCause(e)) {
                    LOG.error("The disk (or database) is full: {} {} could not be saved", ctx.method(), ctx.path(), e);
                    ctx.header("Retry-After", "300");
                    problem(ctx, templates, 503, "RunMend's disk is full",
                            "Nothing was saved, because the server's disk is full. What was saved before is safe. "
                                    + "Try again later; if you run this RunMend, free some disk space.");
                } else if (tooLargeUpload(e)) {
                    problem(ctx, templates, 413, "Too large", RequestBodies.uploadTooLarge(settings).getMessage());
                } else if (malformedMultipart(e)) {
                    LOG.info("Malformed multipart body on {} {}: {}", ctx.method(), ctx.path(), rootMessage(e));
                    ctx.header("Connection", "close");
                    problem(ctx, templates, 400, "The upload could not be read",
                            "The files did not arrive as a well-formed upload form. Choose them again and upload once more.");
                } else {
                    LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
                    problem(ctx, templates, 500, "Something went wrong",
                            "RunMend could not answer this request. The error was logged on the server.");
                }
            });
            config.routes.exception(ForbiddenResponse.class, (e, ctx) ->
                    problem(ctx, templates, 403, "This form could not be sent", e.getMessage()));
            // a record not there (or another runner's) gets the site's one 404 page, naming what was missing
            config.routes.exception(StaleForm.Refused.class, (e, ctx) -> {
                ctx.attribute(PROBLEM_SHOWN, true);
                ctx.status(403).html(templates.render(new StalePage(Chrome.of(ctx), e.form(), "", null)));
            });
            config.routes.exception(NotFoundException.class, (e, ctx) ->
                    problem(ctx, templates, 404, NOT_FOUND, capitalise(e.getMessage()) + "."));
            config.routes.exception(PageRefused.class, (e, ctx) -> problem(ctx, templates, e.status(), e.title(), e.getMessage()));
            config.routes.exception(StorageBusyException.class, (e, ctx) -> {
                ctx.header("Retry-After", "30");
                problem(ctx, templates, 503, "Busy for a moment", "The " + e.getMessage() + ".");
            });
            PainCheckPages painChecks = new PainCheckPages(templates, kb, check, interviews, training, saved, guides, plans, time, stories, runnerSettings);
            new AccountPages(templates, accounts, security, painChecks::keepAfterSignIn, runnerSettings).register(config.routes);
            new PasswordResetPages(templates, accounts, new PasswordResets(db, accounts, clock), security,
                    mailer, settings.publicUrl(), sending).register(config.routes);
            // each feature store gives its share of a runner's data to the export and the deletion
            RunnerData runnerData = new RunnerData(db, clock, accounts,
                    List.of(diary, plans, saved, training.activities(), training.shoes()));
            new AccountDataPages(templates, runnerData, security, accounts).register(config.routes);
            new DiaryPages(templates, kb, diary, training, time).register(config.routes);
            new PlanPages(templates, kb, plans, diary, time).register(config.routes);
            new GuidePages(templates, guides, new GuideViews(db, clock), settings.publicUrl(), security).register(config.routes);
            new SettingsPages(templates, runnerSettings, time).register(config.routes);
            new AppShell(templates).register(config.routes);
            // the training log, a class per feature; /log/upload and /log/new come before /log/{id}
            new LogPages(training, diary, kb, time, runnerSettings, templates).register(config.routes);
            new UploadPages(imports, templates).register(config.routes);
            new RunPages(training, diary, kb, time, runnerSettings, templates).register(config.routes);
            new RecordsPages(training, time, runnerSettings, templates).register(config.routes);
            new ShoePages(training, time, runnerSettings, templates).register(config.routes);
            new LoadPages(training, kb, time, runnerSettings, templates).register(config.routes);
            new HistoryPages(training, time, runnerSettings, templates).register(config.routes);
            new TrainingApi(training, imports, settings, time, runnerSettings).register(config.routes);
            new ReportPages(templates, new ReportAssembler(check, saved, diary, training, clock), new PdfReport(kb),
                    new FhirReport(kb), time).register(config.routes);
            painChecks.register(config.routes);
            config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
            config.routes.post("/api/v1/assessments", this::assess);
            config.routes.post("/api/v1/intake", this::readStory);
            config.routes.post("/api/v1/interviews", this::startInterview);
            config.routes.post("/api/v1/interviews/{id}/answers", this::answerInterview);
            // a bad interview token or a tampered answer: JSON naming the field for the API, a page for people
            config.routes.exception(InterviewToken.InvalidTokenException.class, (e, ctx) -> {
                if (ctx.path().startsWith("/api/")) {
                    ObjectNode body = AssessmentJson.error(null, e.getMessage());
                    body.put("field", "interview");
                    json(ctx, 400, body);
                } else {
                    problem(ctx, templates, 400, "This pain check cannot continue", capitalise(e.getMessage()) + ".");
                }
            });
            config.routes.get("/api/v1/regions", ctx -> json(ctx, 200, JSON.valueToTree(kb.regions())));
            config.routes.get("/api/v1/findings", ctx -> json(ctx, 200, JSON.valueToTree(kb.findings())));
            config.routes.get("/api/v1/conditions", ctx -> json(ctx, 200, conditions()));
            config.routes.exception(InvalidCaseException.class, (e, ctx) -> {
                if (ctx.path().startsWith("/api/")) {
                    ObjectNode body = AssessmentJson.error(null, e.getMessage());
                    body.put("field", e.field());
                    json(ctx, 400, body);
                } else {
                    problem(ctx, templates, 400, "This answer could not be used", capitalise(e.getMessage()) + ".");
                }
            });
            config.routes.error(404, "application/json", ctx -> {
                if (ctx.attribute(PROBLEM_SHOWN) == null) {
                    json(ctx, 404, AssessmentJson.error(null, "no such endpoint: " + ctx.method() + " " + ctx.path()));
                }
            });
            // an address nothing answers gets the same page, unless an exception handler above has already written it
            config.routes.error(404, "html", ctx -> {
                if (ctx.attribute(PROBLEM_SHOWN) == null) {
                    problem(ctx, templates, 404, NOT_FOUND, "There is no page at " + ctx.path() + ".");
                }
            });
        });
    }

    /** Whether the multipart parser refused an upload for its size. */
    private static boolean tooLargeUpload(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String msg = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (msg.contains("exceeds max") || msg.contains("max file size") || msg.contains("max request size")
                    || msg.contains("exceeds the maximum") || msg.contains("too large") || msg.contains("413")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a multipart body could not be parsed (no boundary, a broken part header, a body cut
     * short): the client's fault, answered 400, never a 500 with a stack trace.
     */
    static boolean malformedMultipart(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String type = t.getClass().getName();
            String msg = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (type.endsWith("BadMessageException") || type.endsWith("EofException")
                    || msg.contains("multipart") || msg.contains("multi part") || msg.contains("boundary")
                    || msg.contains("part header") || msg.contains("early eof") || msg.contains("incomplete parts")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** An error as JSON for the API, as a page for people. */
    private static void problem(Context ctx, Templates templates, int status, String title, String message) {
        ctx.attribute(PROBLEM_SHOWN, true);
        Security.headers(ctx);
        if (ctx.path().startsWith("/api/")) {
            json(ctx, status, AssessmentJson.error(null, message));
        } else {
            ctx.status(status).html(templates.render(Problem.of(ctx, title, message)));
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void assess(Context ctx) {
        String body = RequestBodies.text(ctx);
        if (body.isBlank()) {
            throw new InvalidCaseException("body", null, "is empty: send one case as JSON (case.schema.json)");
        }
        json(ctx, 200, resultJson.toJson(check.assess(reader.read(body))));
    }

    /** {@code {story, region?}} in; what the story states out, each part only where the story gives it. */
    private void readStory(Context ctx) {
        ObjectNode body = jsonBody(ctx);
        String story = CaseReader.story(body);
        String tapped = tappedRegion(body);
        StoryReading r = stories.read(story == null ? "" : story, java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC), tapped);
        json(ctx, 200, StoryJson.toJson(r));
    }

    /** The region sent with a story, checked; null when none was sent. */
    private String tappedRegion(ObjectNode body) {
        JsonNode region = body.get("region");
        if (region == null || region.isNull()) {
            return null;
        }
        if (!region.isTextual() || kb.region(region.asText()).isEmpty()) {
            throw new InvalidCaseException("region", region.asText(region.toString()),
                    "unknown region (one of " + String.join(", ", kb.regions().stream().map(r -> r.id()).toList()) + ")");
        }
        return region.asText();
    }

    private void startInterview(Context ctx) {
        ObjectNode intake = jsonBody(ctx);
        if (!intake.hasNonNull("id")) {
            intake.put("id", "interview-" + java.util.UUID.randomUUID());
        }
        if (intake.has("findings")) {
            throw new InvalidCaseException("findings", null, "are asked by the interview; send only age, sex, region, side, durationDays, painScore and story");
        }
        intake.putObject("findings");
        String story = CaseReader.story(intake);
        if (story == null || story.isBlank()) {
            intake.remove("story");
            json(ctx, 201, turnJson(interviews.start(reader.read(intake))));
            return;
        }
        StoryReading r = stories.read(story, java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC), tappedRegion(intake));
        if (r.region().isEmpty()) {
            throw new InvalidCaseException("region", null, "is missing, and the story does not say where it hurts: send region");
        }
        ObjectNode filled = CaseReader.withReading(intake, r);
        filled.putObject("findings");
        json(ctx, 201, turnJson(interviews.start(reader.read(filled), Map.of(), story, r.findings())));
    }

    private void answerInterview(Context ctx) {
        ObjectNode body = jsonBody(ctx);
        if (body.has("answers")) {
            com.fasterxml.jackson.databind.JsonNode answers = body.get("answers");
            if (!answers.isObject()) {
                throw new InvalidCaseException("answers", answers.toString(),
                        "must be an object of finding id -> \"yes\", \"no\" or \"unknown\" (the checklist form)");
            }
            Map<String, String> given = new java.util.LinkedHashMap<>();
            answers.properties().forEach(e -> {
                if (!e.getValue().isTextual()) {
                    throw new InvalidCaseException("answers." + e.getKey(), e.getValue().toString(), "must be \"yes\", \"no\" or \"unknown\"");
                }
                given.put(e.getKey(), e.getValue().asText());
            });
            json(ctx, 200, turnJson(interviews.answerChecklist(ctx.pathParam("id"), given)));
            return;
        }
        String finding = body.hasNonNull("finding") ? body.get("finding").asText() : null;
        String answer = body.hasNonNull("answer") ? body.get("answer").asText() : null;
        json(ctx, 200, turnJson(interviews.answer(ctx.pathParam("id"), finding, answer)));
    }

    private ObjectNode turnJson(InterviewService.Turn turn) {
        ObjectNode out;
        if (turn.step() instanceof Interviewer.Done done) {
            out = resultJson.toJson(done.assessment());
            out.put("done", true);
            out.put("questionsAsked", done.questionsAsked());
        } else if (turn.step() instanceof Interviewer.Checklist checklist) {
            out = JSON.createObjectNode();
            out.put("done", false);
            out.put("questionsAsked", turn.state().questionsAnswered());
            ObjectNode q = out.putObject("question");
            q.put("kind", "checklist");
            q.put("text", Interviewer.CHECKLIST_TEXT);
            q.put("number", checklist.number());
            ArrayNode items = q.putArray("items");
            for (Finding f : checklist.items()) {
                items.addObject().put("finding", f.id()).put("text", f.question());
            }
        } else {
            Interviewer.Ask ask = (Interviewer.Ask) turn.step();
            Finding f = ask.finding();
            out = JSON.createObjectNode();
            out.put("done", false);
            out.put("questionsAsked", turn.state().questionsAnswered());
            ObjectNode q = out.putObject("question");
            q.put("kind", "question");
            q.put("finding", f.id());
            q.put("text", f.question());
            q.put("help", f.help());
            q.put("phase", ask.phase());
            q.put("number", ask.number());
            q.putArray("answers").add("yes").add("no").add("unknown");
        }
        out.put("interview", turn.token());
        return out;
    }

    private static ObjectNode jsonBody(Context ctx) {
        String body = RequestBodies.text(ctx);
        if (body.isBlank()) {
            throw new InvalidCaseException("body", null, "is empty: send a JSON object");
        }
        com.fasterxml.jackson.databind.JsonNode node = CaseReader.parseOne(body, "body");
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidCaseException("body", null, "must be a JSON object");
        }
        return object;
    }

    private ArrayNode conditions() {
        ArrayNode out = JSON.createArrayNode();
        kb.conditions().forEach(c -> {
            ObjectNode n = out.addObject();
            n.put("id", c.id());
            n.put("name", c.name());
            n.put("icd10", c.icd10());
            n.put("triage", c.triage().id());
            n.put("description", c.description());
            n.set("regions", JSON.valueToTree(c.priors().keySet()));
        });
        return out;
    }

    private static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request's path with each path parameter's value replaced by {@code {name}}. */
    static String loggedPath(Context ctx) {
        String path = ctx.path();
        for (Map.Entry<String, String> p : ctx.pathParamMap().entrySet()) {
            if (!p.getValue().isEmpty()) {
                path = path.replace("/" + p.getValue(), "/{" + p.getKey() + "}");
            }
        }
        return path;
    }

    public WebApp start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
        mailThread.shutdown();
        uploads.release();
    }
}
