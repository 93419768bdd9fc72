package org.runmend.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.runmend.AppConfig;
import org.runmend.accounts.Accounts;
import org.runmend.accounts.Mailer;
import org.runmend.accounts.PasswordHashing;
import org.runmend.accounts.PasswordResets;
import org.runmend.accounts.RunnerData;
import org.runmend.accounts.RunnerSettings;
import org.runmend.assessment.PainCheck;
import org.runmend.assessment.SavedAssessments;
import org.runmend.diary.Diary;
import org.runmend.diary.RecoveryPlans;
import org.runmend.importer.Importer;
import org.runmend.intake.StoryReader;
import org.runmend.interview.InterviewService;
import org.runmend.interview.InterviewToken;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.library.GuideLibrary;
import org.runmend.library.GuideViews;
import org.runmend.report.FhirReport;
import org.runmend.report.PdfReport;
import org.runmend.report.ReportAssembler;
import org.runmend.store.Database;
import org.runmend.training.ImportService;
import org.runmend.training.TrainingService;
import org.runmend.web.accounts.AccountDataPages;
import org.runmend.web.accounts.AccountPages;
import org.runmend.web.accounts.PasswordResetPages;
import org.runmend.web.accounts.SettingsPages;
import org.runmend.web.diary.DiaryPages;
import org.runmend.web.diary.PlanPages;
import org.runmend.web.guides.GuidePages;
import org.runmend.web.painchecks.PainCheckApi;
import org.runmend.web.painchecks.PainCheckPages;
import org.runmend.web.painchecks.ReportPages;
import org.runmend.web.training.HistoryPages;
import org.runmend.web.training.LoadPages;
import org.runmend.web.training.LogPages;
import org.runmend.web.training.RecordsPages;
import org.runmend.web.training.RunPages;
import org.runmend.web.training.ShoePages;
import org.runmend.web.training.TrainingApi;
import org.runmend.web.training.UploadPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web app and REST API, wired: built from its dependencies so that {@code main}, the CLI and
 * tests wire it the same way. It makes the services and the page objects, sets up Javalin (limits,
 * uploads, the request log) and adds the one route table, {@link Routes}: the handlers around every
 * request, every address with the page method that answers it, and {@link Errors}, where every typed
 * error is answered.
 */
public final class WebApp {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    private static final Logger REQUESTS = LoggerFactory.getLogger("org.runmend.web.requests");
    private final Javalin javalin;
    private final ExecutorService mailThread;
    private final RequestBodies.UploadFolder uploads;
    /** The route table ({@link Routes}), as added to Javalin. */
    private final List<Routes.Route> routes;

    /** @param clock the one clock of the app (UTC instants); each runner's days come from it and their zone */
    public WebApp(KnowledgeBase kb, AppConfig appConfig, Database db, Clock clock) {
        this(
                kb,
                appConfig,
                db,
                WebSettings.fromEnvironment(System.getenv(), appConfig.dataDir()),
                Mailer.Settings.fromEnvironment(System.getenv()).map(Mailer::new),
                clock);
    }

    /** Without e-mail: password resets go through {@code runmend user reset-password}. */
    public WebApp(KnowledgeBase kb, AppConfig appConfig, Database db, WebSettings settings, Clock clock) {
        this(kb, appConfig, db, settings, Optional.empty(), clock);
    }

    /** @param mailer sends password-reset links; empty when this instance sends no e-mail */
    public WebApp(
            KnowledgeBase kb,
            AppConfig appConfig,
            Database db,
            WebSettings given,
            Optional<Mailer> mailer,
            Clock clock) {
        Objects.requireNonNull(clock, "clock");
        // uploads go to this instance's own folder, so a killed instance's leftovers are found at the next start
        RequestBodies.UploadFolder uploads = RequestBodies.prepareUploadFolder(given.uploadDir(), clock.instant());
        this.uploads = uploads;
        WebSettings settings = given.withUploadDir(uploads.dir());
        LOG.info(
                "Settings: data in {}, storage {}, public URL {}, secure cookies {}, proxy hops {}, uploads up to {}"
                        + " bytes in {}, password hashing {}",
                appConfig.dataDir(),
                db.description().replaceAll("\\?.*", ""),
                settings.publicUrl(),
                settings.secureCookies(),
                settings.proxyHops(),
                settings.maxUploadBytes(),
                settings.uploadDir(),
                PasswordHashing.fromSystemProperty());
        if (uploads.removed() > 0) {
            LOG.info(
                    "Removed {} temporary upload(s) left in {} by an earlier run",
                    uploads.removed(),
                    given.uploadDir());
        }
        PainCheck check = new PainCheck(kb);
        InterviewService interviews = new InterviewService(check, new InterviewToken(appConfig.secret(), clock));
        StoryReader stories = StoryReader.bundled(kb);
        Accounts accounts = new Accounts(db, clock);
        Security security = new Security(accounts, settings.secureCookies(), settings.proxyHops());
        Templates templates = new Templates();
        TrainingService training = new TrainingService(db, clock);
        SavedAssessments saved = new SavedAssessments(db, kb, clock);
        GuideLibrary guides = GuideLibrary.of(kb);
        Diary diary = new Diary(db, clock);
        RecoveryPlans plans = new RecoveryPlans(db, kb, clock);
        ImportService imports = new ImportService(training, Importer.lenient());
        RunnerSettings runnerSettings = new RunnerSettings(db);
        RunnerTime time = new RunnerTime(clock, runnerSettings);
        mailer.ifPresent(m -> LOG.info("Password-reset e-mails: {}", m.settings()));
        this.mailThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "runmend-mail");
            t.setDaemon(true);
            return t;
        });
        ExecutorService sending = this.mailThread;
        PainCheckPages painChecks = new PainCheckPages(
                templates, kb, check, interviews, training, saved, guides, plans, time, stories, runnerSettings);
        // each feature store gives its share of a runner's data to the export and the deletion
        RunnerData runnerData = new RunnerData(
                db, clock, accounts, List.of(diary, plans, saved, training.activities(), training.shoes()));
        Routes.Pages pages = new Routes.Pages(
                painChecks,
                new PainCheckApi(kb, check, interviews, stories, clock),
                new AccountPages(templates, accounts, security, painChecks::keepAfterSignIn, runnerSettings),
                new PasswordResetPages(
                        templates,
                        accounts,
                        new PasswordResets(db, accounts, clock),
                        security,
                        mailer,
                        settings.publicUrl(),
                        sending),
                new AccountDataPages(templates, runnerData, security, accounts),
                new SettingsPages(templates, runnerSettings, time),
                new DiaryPages(templates, kb, diary, training),
                new PlanPages(templates, kb, plans, diary),
                new GuidePages(templates, guides, new GuideViews(db, clock), settings.publicUrl(), security),
                new LogPages(training, diary, kb, templates),
                new UploadPages(imports, templates),
                new RunPages(training, diary, kb, runnerSettings, templates),
                new RecordsPages(training, templates),
                new ShoePages(training, templates),
                new LoadPages(training, kb, templates),
                new HistoryPages(training, templates),
                new TrainingApi(training, imports, settings),
                new ReportPages(
                        templates,
                        new ReportAssembler(check, saved, diary, training, clock),
                        new PdfReport(kb),
                        new FhirReport(kb)),
                new AppShell(templates),
                new Assets());
        List<Routes.Route> table = Routes.table(pages);
        this.routes = table;
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // method, path (its parameters as {name}, so no token or id is logged), status, time; no query or body
            config.requestLogger.http((ctx, ms) ->
                    REQUESTS.info("{} {} {} {} ms", ctx.method(), loggedPath(ctx), ctx.statusCode(), Math.round(ms)));
            config.http.maxRequestSize = WebSettings.MAX_JSON_BYTES;
            // uploads are written to a temporary file in the upload folder as they arrive, never held whole in memory
            config.jetty.multipartConfig.cacheDirectory(settings.uploadDir().toString());
            config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes() + 64 * 1024, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(64, SizeUnit.KB);
            // Jetty's own answers (a bad request line, a too long address or header: 400, 414, 431)
            // never reach Javalin; its error handler gives them the same headers
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            Routes.add(config.routes, security, time, settings, templates, table);
        });
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

    /** The route table this app answers, in its order. */
    List<Routes.Route> routes() {
        return routes;
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
