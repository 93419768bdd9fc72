package org.runmend.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium and chromedriver per test JVM, started by the first browser test and
 * stopped when the JUnit launcher session ends ({@link AtEnd}, registered in
 * {@code META-INF/services}; a shutdown hook as well, should the session never be closed).
 *
 * <p>Each test gets a {@link Context}: a browser context made with the DevTools command
 * {@code Target.createBrowserContext} and a window in it, disposed with everything it stored after
 * the test. chromedriver may not make contexts itself ("Not allowed" from a page's DevTools
 * session), so they are made over the browser's own DevTools socket.
 *
 * <p>Should anything go wrong with the browser (it crashed, a context would not close), it is
 * stopped, and the next test starts a new one.
 */
final class SharedBrowser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CDP_TIMEOUT = Duration.ofSeconds(30);
    /** Every window's size, as the browser's own: the tests lay pages out by emulation ({@link Chromium#phone}). */
    private static final int WIDTH = 412;

    private static final int HEIGHT = 915;
    private static SharedBrowser running;
    private static boolean hookAdded;

    private final ContextDriver driver;
    private final Path profile;
    private final Cdp cdp;
    /** The window of the default context, kept open (and blank) so the browser outlives each test's context. */
    private final String home;

    private SharedBrowser(ContextDriver driver, Path profile, Cdp cdp, String home) {
        this.driver = driver;
        this.profile = profile;
        this.cdp = cdp;
        this.home = home;
    }

    /** A new browser context with one window, the driver switched to it. */
    static synchronized Context newContext(Path chromium, Path chromedriver) throws IOException {
        if (running != null && !running.alive()) {
            stop();
        }
        if (running == null) {
            running = start(chromium, chromedriver);
        }
        try {
            return running.open();
        } catch (RuntimeException e) {
            // a browser that cannot open a context is of no use to the next test either
            stop();
            throw e;
        }
    }

    /** Stops the browser and chromedriver, if running, and deletes the profile folder. */
    static synchronized void stop() {
        SharedBrowser b = running;
        running = null;
        if (b == null) {
            return;
        }
        try {
            b.cdp.close();
            b.driver.quit();
        } catch (RuntimeException e) {
            // the browser is gone already
        } finally {
            deleteTree(b.profile);
        }
    }

    private static SharedBrowser start(Path chromium, Path chromedriver) throws IOException {
        if (!hookAdded) {
            Runtime.getRuntime().addShutdownHook(new Thread(SharedBrowser::stop, "stop-shared-chromium"));
            hookAdded = true;
        }
        Path profile = Files.createTempDirectory("runmend-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=" + WIDTH + "," + HEIGHT,
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver.toString()))
                .usingAnyFreePort()
                .build();
        ContextDriver driver = new ContextDriver(service, options);
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> chrome =
                    (Map<String, Object>) driver.getCapabilities().getCapability("goog:chromeOptions");
            Cdp cdp = Cdp.connect((String) chrome.get("debuggerAddress"));
            return new SharedBrowser(driver, profile, cdp, driver.getWindowHandle());
        } catch (RuntimeException | IOException e) {
            driver.quit();
            deleteTree(profile);
            throw e;
        }
    }

    private boolean alive() {
        try {
            driver.switchTo().window(home);
            return cdp.isOpen();
        } catch (WebDriverException e) {
            return false;
        }
    }

    private Context open() {
        String contextId = cdp.send("Target.createBrowserContext", Map.of())
                .get("browserContextId")
                .asText();
        String target = cdp.send(
                        "Target.createTarget",
                        Map.of(
                                "url",
                                "about:blank",
                                "browserContextId",
                                contextId,
                                "newWindow",
                                true,
                                "width",
                                WIDTH,
                                "height",
                                HEIGHT))
                .get("targetId")
                .asText();
        driver.switchTo().window(target);
        driver.contextId = contextId;
        // chromedriver's timeouts belong to its session, not to a window: back to what every test starts with
        driver.manage()
                .timeouts()
                .implicitlyWait(Duration.ZERO)
                .scriptTimeout(Duration.ofSeconds(30))
                .pageLoadTimeout(Duration.ofSeconds(20));
        return new Context(this, contextId);
    }

    private static synchronized void dispose(SharedBrowser browser, String contextId) {
        try {
            browser.driver.contextId = null;
            browser.driver.switchTo().window(browser.home);
            browser.cdp.send("Target.disposeBrowserContext", Map.of("browserContextId", contextId));
        } catch (RuntimeException e) {
            // the next test must not meet this one's cookies, storage or service workers
            if (running == browser) {
                stop();
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a file the browser still held; target/ is cleaned by the next build
        }
    }

    /** A test's browser context: {@link #close} disposes of it with every window and everything stored in it. */
    static final class Context {
        private final SharedBrowser browser;
        private final String id;

        private Context(SharedBrowser browser, String id) {
            this.browser = browser;
            this.id = id;
        }

        ChromeDriver driver() {
            return browser.driver;
        }

        void close() {
            dispose(browser, id);
        }
    }

    /**
     * chromedriver opens {@code switchTo().newWindow(..)} in the default context; this driver opens
     * it in the test's context, beside the test's first window, so both share the runner's session.
     */
    private static final class ContextDriver extends ChromeDriver {
        volatile String contextId;

        ContextDriver(ChromeDriverService service, ChromeOptions options) {
            super(service, options);
        }

        @Override
        public TargetLocator switchTo() {
            TargetLocator chromedriver = super.switchTo();
            return new TargetLocator() {
                @Override
                public WebDriver frame(int index) {
                    return chromedriver.frame(index);
                }

                @Override
                public WebDriver frame(String nameOrId) {
                    return chromedriver.frame(nameOrId);
                }

                @Override
                public WebDriver frame(WebElement frameElement) {
                    return chromedriver.frame(frameElement);
                }

                @Override
                public WebDriver parentFrame() {
                    return chromedriver.parentFrame();
                }

                @Override
                public WebDriver window(String nameOrHandle) {
                    return chromedriver.window(nameOrHandle);
                }

                @Override
                public WebDriver newWindow(WindowType typeHint) {
                    String context = contextId;
                    if (context == null) {
                        return chromedriver.newWindow(typeHint);
                    }
                    Map<String, Object> made = executeCdpCommand(
                            "Target.createTarget",
                            typeHint == WindowType.WINDOW
                                    ? Map.of(
                                            "url",
                                            "about:blank",
                                            "browserContextId",
                                            context,
                                            "newWindow",
                                            true,
                                            "width",
                                            WIDTH,
                                            "height",
                                            HEIGHT)
                                    : Map.of("url", "about:blank", "browserContextId", context));
                    return chromedriver.window((String) made.get("targetId"));
                }

                @Override
                public WebDriver defaultContent() {
                    return chromedriver.defaultContent();
                }

                @Override
                public WebElement activeElement() {
                    return chromedriver.activeElement();
                }

                @Override
                public org.openqa.selenium.Alert alert() {
                    return chromedriver.alert();
                }
            };
        }
    }

    /** The browser's own DevTools socket, for the commands a page's session may not send. */
    private static final class Cdp implements WebSocket.Listener {
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final AtomicInteger ids = new AtomicInteger();
        private final StringBuilder partial = new StringBuilder();
        private volatile WebSocket socket;
        private volatile boolean open = true;

        static Cdp connect(String debuggerAddress) throws IOException {
            HttpClient http = HttpClient.newHttpClient();
            try {
                String version = http.send(
                                HttpRequest.newBuilder(URI.create("http://" + debuggerAddress + "/json/version"))
                                        .timeout(CDP_TIMEOUT)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                String url = JSON.readTree(version).get("webSocketDebuggerUrl").asText();
                Cdp cdp = new Cdp();
                cdp.socket = http.newWebSocketBuilder()
                        .connectTimeout(CDP_TIMEOUT)
                        .buildAsync(URI.create(url), cdp)
                        .get(CDP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                return cdp;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while connecting to Chromium's DevTools at " + debuggerAddress, e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("cannot connect to Chromium's DevTools at " + debuggerAddress, e);
            }
        }

        boolean isOpen() {
            return open;
        }

        /** Sends one command and waits for its result; throws when Chromium answers with an error. */
        JsonNode send(String method, Map<String, Object> params) {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pending.put(id, answer);
            try {
                String message = JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params));
                socket.sendText(message, true).get(CDP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                JsonNode reply = answer.get(CDP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                if (reply.has("error")) {
                    throw new IllegalStateException("Chromium refused " + method + ": " + reply.get("error"));
                }
                return reply.get("result");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for Chromium's answer to " + method, e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("no answer from Chromium to " + method, e);
            } finally {
                pending.remove(id);
            }
        }

        void close() {
            open = false;
            socket.abort();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode node = JSON.readTree(message);
                    if (node.has("id")) {
                        CompletableFuture<JsonNode> waiting =
                                pending.get(node.get("id").asInt());
                        if (waiting != null) {
                            waiting.complete(node);
                        }
                    }
                } catch (IOException e) {
                    // not an answer to a command of ours
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            open = false;
            pending.values()
                    .forEach(f -> f.completeExceptionally(new IOException("DevTools socket closed: " + reason)));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            open = false;
            pending.values().forEach(f -> f.completeExceptionally(error));
        }
    }

    /** Stops the shared browser when the JUnit launcher session of the test JVM ends. */
    public static final class AtEnd implements LauncherSessionListener {
        @Override
        public void launcherSessionClosed(LauncherSession session) {
            stop();
        }
    }
}
