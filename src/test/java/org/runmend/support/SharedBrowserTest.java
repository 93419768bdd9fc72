package org.runmend.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browser is shared by the tests of a JVM, their storage is not: what one test leaves on an
 * origin (a cookie, local storage, IndexedDB, cache storage, a service worker) is gone when the
 * next test opens the same origin, and a window the test opens shares the test's own storage.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedBrowserTest {
    private static HttpServer server;

    @RegisterExtension
    final Chromium chromium = Chromium.phone(
            390, 844, Duration.ofSeconds(20), () -> server.getAddress().getPort());

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            boolean worker = exchange.getRequestURI().getPath().equals("/sw.js");
            byte[] body = (worker
                            ? "self.addEventListener('fetch', function () {});"
                            : "<!doctype html><title>origin</title><h1>origin</h1>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", worker ? "text/javascript" : "text/html");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    @Order(1)
    void a_test_stores_everything_an_origin_can_keep() {
        ChromeDriver driver = chromium.driver();
        driver.get(chromium.url("/"));
        assertThat(store()).as("nothing stored before this test").isEqualTo(NOTHING);
        driver.executeAsyncScript("var done = arguments[0];"
                + "document.cookie = 'kept=1; max-age=3600'; localStorage.setItem('kept', '1');"
                + "var open = indexedDB.open('kept', 1);"
                + "open.onupgradeneeded = function () { open.result.createObjectStore('things'); };"
                + "open.onsuccess = function () { open.result.close();"
                + " caches.open('kept').then(function (c) { return c.put('/kept', new Response('kept')); })"
                + " .then(function () { return navigator.serviceWorker.register('/sw.js'); })"
                + " .then(function () { return navigator.serviceWorker.ready; }).then(function () { done(); }); };");
        assertThat(store()).isEqualTo("cookie kept=1, local 1, databases 1, caches 1, workers 1");

        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(chromium.url("/"));
        assertThat(store())
                .as("a second window of the same test")
                .isEqualTo("cookie kept=1, local 1, databases 1, caches 1, workers 1");
        driver.close();
        driver.switchTo().window(first);
    }

    @Test
    @Order(2)
    void the_next_test_on_the_same_origin_finds_none_of_it() {
        chromium.driver().get(chromium.url("/"));
        assertThat(store()).isEqualTo(NOTHING);
    }

    private static final String NOTHING = "cookie , local 0, databases 0, caches 0, workers 0";

    /** What the page's origin holds, in one line. */
    private String store() {
        return (String)
                chromium.driver()
                        .executeAsyncScript(
                                "var done = arguments[0];"
                                        + "Promise.all([indexedDB.databases(), caches.keys(), navigator.serviceWorker.getRegistrations()])"
                                        + ".then(function (r) { done('cookie ' + document.cookie + ', local ' + localStorage.length"
                                        + " + ', databases ' + r[0].length + ', caches ' + r[1].length + ', workers ' + r[2].length); });");
    }
}
