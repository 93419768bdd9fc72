package org.runmend.web;

import java.nio.file.Path;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.runmend.support.Chromium;

/** Steps the training-log browser tests share: a new runner signs up, uploads files, opens one. */
final class BrowserLog {
    private BrowserLog() {}

    /** Signs a new runner up in the browser; ends on the log. */
    static void signUp(Chromium chromium) {
        ChromeDriver driver = chromium.driver();
        driver.get(chromium.url("/signup"));
        driver.findElement(By.id("email")).sendKeys("runner-" + UUID.randomUUID() + "@example.org");
        driver.findElement(By.id("name")).sendKeys("Map Runner");
        driver.findElement(By.id("password")).sendKeys("velvet kettle migrates north");
        driver.findElement(By.cssSelector("form[action='/signup'] button[type=submit]"))
                .click();
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("/log"));
    }

    /** Uploads the files through the log's uploader and waits until each is listed. */
    static void upload(Chromium chromium, Path... files) {
        ChromeDriver driver = chromium.driver();
        StringBuilder paths = new StringBuilder();
        for (Path f : files) {
            paths.append(paths.length() == 0 ? "" : "\n")
                    .append(f.toAbsolutePath().normalize());
        }
        driver.findElement(By.id("files")).sendKeys(paths);
        driver.findElement(By.cssSelector("form[data-uploader] button[type=submit]"))
                .click();
        chromium.waitFor(d -> "true"
                .equals(d.findElement(By.cssSelector("form[data-uploader]")).getAttribute("data-upload-done")));
        chromium.waitFor(d ->
                d.findElements(By.cssSelector("#log-list tr[data-activity]")).size() == files.length);
    }

    /** Opens the first activity whose title starts so (or the first run, for "Running ..."). */
    static void openActivity(Chromium chromium, String titleStart) {
        ChromeDriver driver = chromium.driver();
        driver.get(chromium.url("/log"));
        for (WebElement row : driver.findElements(By.cssSelector("#log-list tr[data-activity]"))) {
            String sport =
                    row.findElement(By.cssSelector("td[data-label=Sport]")).getAttribute("textContent");
            String link = row.findElement(By.cssSelector("th a")).getText();
            if (link.startsWith(titleStart) || (titleStart.startsWith("Running") && sport.equals("Running"))) {
                chromium.click(row.findElement(By.cssSelector("th a")));
                chromium.waitFor(d -> d.findElement(By.tagName("h1")).getText().startsWith(titleStart));
                return;
            }
        }
        throw new AssertionError("no activity titled " + titleStart + " in the log");
    }
}
