package org.runmend.web;

import static org.runmend.web.Routes.Access.ANYONE;
import static org.runmend.web.Routes.Access.SIGNED_IN;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

/**
 * Every address the web app answers, in one table read top to bottom: first what runs around
 * every request (the before handlers in their order, the after handler), then each route as
 * method, path, who may ask and the page method that answers, grouped by feature, then the error
 * mapping. A new page is a handler method on its feature's page class and one line here.
 *
 * <p>Order matters where a fixed path and a {@code {parameter}} meet in the same place: Javalin
 * takes the first route that matches, so {@code /log/upload} and {@code /log/new} come before
 * {@code /log/{id}} ({@code RoutesTest} checks that no route is hidden by one above it).
 *
 * <p>The table is a list of {@link Route} records first, added to Javalin afterwards, so a test
 * can read it without Javalin's internals.
 */
final class Routes {
    /** Who may ask for an address. */
    enum Access {
        /** Anyone, signed in or not. */
        ANYONE,
        /** A signed-in runner: a visitor is sent to log in first, and the API answers 401 ({@link Security#require}). */
        SIGNED_IN
    }

    /** The methods the table uses: pages are read with GET and forms sent with POST. */
    enum Method {
        GET,
        POST
    }

    /** One line of the table. */
    record Route(Method method, String path, Access access, Handler handler) {
        Route {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(access, "access");
            Objects.requireNonNull(handler, "handler");
        }

        /** The handler as Javalin runs it: behind the sign-in check when the route needs a runner. */
        Handler guarded() {
            return access == SIGNED_IN ? signedIn(handler) : handler;
        }
    }

    /** The page objects the table hands requests to, each built by {@link WebApp} from its services. */
    record Pages(
            PainCheckPages check,
            PainCheckApi checkApi,
            AccountPages accounts,
            PasswordResetPages resets,
            AccountDataPages data,
            SettingsPages settings,
            DiaryPages diary,
            PlanPages plans,
            GuidePages guides,
            LogPages log,
            UploadPages uploads,
            RunPages runs,
            RecordsPages records,
            ShoePages shoes,
            LoadPages load,
            HistoryPages history,
            TrainingApi trainingApi,
            ReportPages report,
            AppShell shell,
            Assets assets) {}

    private Routes() {}

    /** The whole request pipeline, in order, added to Javalin's routes; {@code table} is {@link #table}'s. */
    static void add(
            RoutesConfig config,
            Security security,
            RunnerTime time,
            WebSettings settings,
            Templates templates,
            List<Route> table) {
        // before every request, in this order:
        // the security headers first, so that every answer has them, a refused body's too
        config.before(Security::headers);
        // a body larger than its path takes is refused from its Content-Length alone, before a byte of it is read
        config.before(ctx -> RequestBodies.checkAnnouncedLength(ctx, settings));
        // the session, then the CSRF token of a request that changes something
        config.before(security::sessionAndCsrf);
        // after the session is known: the runner's context (id, units, zone, today) is read once, when a page asks
        config.before(time::attach);

        // after every request: HTML says its character set
        config.after(Security::htmlCharset);

        // every address, in the table's order (below)
        for (Route r : table) {
            switch (r.method()) {
                case GET -> config.get(r.path(), r.guarded());
                case POST -> config.post(r.path(), r.guarded());
            }
        }

        // every exception, and every address nothing above answers, mapped to one error page (JSON under /api/)
        Errors.register(config, templates, settings);
    }

    /** Every route, in the order Javalin tries them. */
    static List<Route> table(Pages p) {
        PainCheckPages check = p.check();
        PainCheckApi checkApi = p.checkApi();
        AccountPages accounts = p.accounts();
        PasswordResetPages resets = p.resets();
        AccountDataPages data = p.data();
        SettingsPages settings = p.settings();
        DiaryPages diary = p.diary();
        PlanPages plans = p.plans();
        GuidePages guides = p.guides();
        LogPages log = p.log();
        UploadPages uploads = p.uploads();
        RunPages runs = p.runs();
        RecordsPages records = p.records();
        ShoePages shoes = p.shoes();
        LoadPages load = p.load();
        HistoryPages history = p.history();
        TrainingApi trainingApi = p.trainingApi();
        ReportPages report = p.report();
        AppShell shell = p.shell();
        Assets assets = p.assets();
        Table r = new Table();
        // spotless:off   (the table keeps its columns: method, path, who may ask, handler)

        // the pain check's pages: open to everyone, the interview travelling in a signed token; a kept check is a runner's
        r.get("/",                                ANYONE,    check::home);
        r.get("/check",                           ANYONE,    check::bodyMap);
        r.get("/check/intake",                    ANYONE,    check::intakeForm);
        r.post("/check/intake",                   ANYONE,    check::startInterview);
        r.post("/check/story",                    ANYONE,    check::readStory);
        r.post("/check/story/start",              ANYONE,    check::startFromStory);
        r.post("/check/answer",                   ANYONE,    check::answer);
        r.post("/check/checklist",                ANYONE,    check::answerChecklist);
        r.post("/check/back",                     ANYONE,    check::back);
        r.post("/check/resume",                   ANYONE,    check::resume);
        r.post("/check/change",                   ANYONE,    check::changeAnswer);
        r.post("/check/save",                     SIGNED_IN, check::save);
        r.post("/check/plan",                     ANYONE,    check::plan);
        r.post("/check/keep",                     ANYONE,    check::keepForm);
        r.get("/checks",                          SIGNED_IN, check::savedChecks);
        r.get("/checks/{id}",                     SIGNED_IN, check::savedCheck);
        r.get("/checks/{id}/plan",                SIGNED_IN, check::savedPlan);

        // the pain check's JSON API: open, without a session it needs no CSRF token; errors answered as JSON
        r.post("/api/v1/assessments",             ANYONE,    checkApi::assess);
        r.post("/api/v1/intake",                  ANYONE,    checkApi::readStory);
        r.post("/api/v1/interviews",              ANYONE,    checkApi::startInterview);
        r.post("/api/v1/interviews/{id}/answers", ANYONE,    checkApi::answerInterview);
        r.get("/api/v1/regions",                  ANYONE,    checkApi::regions);
        r.get("/api/v1/findings",                 ANYONE,    checkApi::findings);
        r.get("/api/v1/conditions",               ANYONE,    checkApi::conditions);

        // accounts: sign up, log in, log out
        r.get("/login",                           ANYONE,    accounts::logInForm);
        r.post("/login",                          ANYONE,    accounts::logIn);
        r.get("/signup",                          ANYONE,    accounts::signUpForm);
        r.post("/signup",                         ANYONE,    accounts::signUp);
        r.post("/logout",                         ANYONE,    accounts::logOut);

        // password reset by an e-mailed link
        r.get("/forgot",                          ANYONE,    resets::forgotForm);
        r.post("/forgot",                         ANYONE,    resets::ask);
        r.get("/reset",                           ANYONE,    resets::resetForm);
        r.post("/reset",                          ANYONE,    resets::reset);

        // account data: password, e-mail address, export and deletion
        r.get("/account",                         SIGNED_IN, data::account);
        r.post("/account/password",               SIGNED_IN, data::changePassword);
        r.post("/account/email",                  SIGNED_IN, data::changeEmail);
        r.get("/account/export",                  SIGNED_IN, data::export);
        r.post("/account/delete",                 SIGNED_IN, data::delete);
        r.get("/account/deleted",                 ANYONE,    data::deleted);

        // settings: units, time zone, emergency numbers, heart rate
        r.get("/settings",                        SIGNED_IN, settings::form);
        r.post("/settings",                       SIGNED_IN, settings::save);

        // the pain diary
        r.get("/diary",                           SIGNED_IN, diary::show);
        r.get("/diary/new",                       SIGNED_IN, diary::afterRun);
        r.post("/diary",                          SIGNED_IN, diary::record);
        r.get("/diary/{id}/edit",                 SIGNED_IN, diary::editForm);
        r.post("/diary/{id}",                     SIGNED_IN, diary::record);
        r.post("/diary/{id}/delete",              SIGNED_IN, diary::delete);

        // the recovery plan
        r.get("/plan",                            SIGNED_IN, plans::show);
        r.post("/plan/start",                     SIGNED_IN, plans::start);
        r.post("/plan/{id}/mark",                 SIGNED_IN, plans::mark);
        r.post("/plan/{id}/advance",              SIGNED_IN, plans::advance);
        r.post("/plan/{id}/stop",                 SIGNED_IN, plans::stop);

        // the guides: open to everyone
        r.get("/guides",                          ANYONE,    guides::index);
        r.get("/guides/search",                   ANYONE,    guides::search);
        r.get("/guides/{kind}/{id}",              ANYONE,    guides::guide);

        // the training log, a class per feature; /log/upload and /log/new come before /log/{id}, which would take them for ids
        r.get("/log",                             SIGNED_IN, log::log);

        // uploads into the log (the only address besides the training API that takes a file)
        r.post("/log/upload",                     SIGNED_IN, uploads::upload);
        r.get("/log/upload",                      ANYONE,    uploads::uploadForm);

        // runs: one logged by hand, one activity and its details, name, GPX export, route and deletion
        r.get("/log/new",                         SIGNED_IN, runs::newRun);
        r.post("/log/new",                        SIGNED_IN, runs::addRun);
        r.get("/log/{id}",                        SIGNED_IN, runs::activity);
        r.post("/log/{id}/details",               SIGNED_IN, runs::saveDetails);
        r.post("/log/{id}/name",                  SIGNED_IN, runs::rename);
        r.get("/log/{id}/export.gpx",             SIGNED_IN, runs::exportGpx);
        r.get("/log/{id}/route.json",             SIGNED_IN, runs::route);
        r.post("/log/{id}/delete",                SIGNED_IN, runs::delete);

        // personal records
        r.get("/records",                         SIGNED_IN, records::records);

        // shoes
        r.get("/shoes",                           SIGNED_IN, shoes::shoes);
        r.post("/shoes/assign",                   SIGNED_IN, shoes::assign);
        r.post("/shoes",                          SIGNED_IN, shoes::addShoe);
        r.post("/shoes/{id}/default",             SIGNED_IN, shoes::makeDefault);
        r.post("/shoes/{id}/retire",              SIGNED_IN, shoes::retire);
        r.post("/shoes/{id}/alert",               SIGNED_IN, shoes::setAlert);

        // training load, and the whole log by week, month and year
        r.get("/load",                            SIGNED_IN, load::load);
        r.get("/load/week",                       SIGNED_IN, history::currentWeek);
        r.get("/load/week/{week}",                SIGNED_IN, history::week);
        r.get("/load/month",                      SIGNED_IN, history::currentMonth);
        r.get("/load/month/{month}",              SIGNED_IN, history::month);
        r.get("/load/year",                       SIGNED_IN, history::currentYear);
        r.get("/load/year/{year}",                SIGNED_IN, history::year);
        r.get("/load/years",                      SIGNED_IN, history::years);

        // the training log's JSON API: the session cookie, and the X-CSRF-Token header to change anything
        r.post("/api/v1/activities",              SIGNED_IN, trainingApi::importOne);
        r.get("/api/v1/activities",               SIGNED_IN, trainingApi::list);
        r.get("/api/v1/load",                     SIGNED_IN, trainingApi::load);

        // the clinician report: a page, a PDF and a FHIR bundle
        r.get("/report",                          SIGNED_IN, report::page);
        r.get("/report.pdf",                      SIGNED_IN, report::pdf);
        r.get("/report.fhir.json",                SIGNED_IN, report::fhir);

        // the installable app: manifest, service worker (at the root, so its scope is the whole site), offline pages, timer
        r.get("/manifest.webmanifest",            ANYONE,    shell::manifest);
        r.get("/sw.js",                           ANYONE,    shell::worker);
        r.get("/offline",                         ANYONE,    shell::offline);
        r.get("/offline/last-result",             ANYONE,    shell::noResult);
        r.get("/timer",                           ANYONE,    shell::timer);

        // the stylesheet, scripts and icons, with an ETag
        r.get("/assets/{file}",                   ANYONE,    assets::serve);

        // health, for a load balancer or an uptime check
        r.get("/health",                          ANYONE,    Routes::health);
        // spotless:on
        return r.routes();
    }

    /** The handler, after making sure a runner is signed in ({@link Security#require}). */
    static Handler signedIn(Handler h) {
        return ctx -> {
            Security.require(ctx);
            h.handle(ctx);
        };
    }

    /** The app answers: for a load balancer or an uptime check. */
    static void health(Context ctx) {
        ctx.json(Map.of("status", "ok"));
    }

    /** The table as it is written, line by line. */
    private static final class Table {
        private final List<Route> routes = new ArrayList<>();

        void get(String path, Access access, Handler handler) {
            routes.add(new Route(Method.GET, path, access, handler));
        }

        void post(String path, Access access, Handler handler) {
            routes.add(new Route(Method.POST, path, access, handler));
        }

        List<Route> routes() {
            return List.copyOf(routes);
        }
    }
}
