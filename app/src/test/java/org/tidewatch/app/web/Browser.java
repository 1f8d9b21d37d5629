package org.tidewatch.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through {@code /usr/bin/chromedriver} directly (no driver download). Missing
 * Chromium is a failure, never a skip: the workbench is not tested without it.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;

    Browser(Path dir) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("the browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install -y chromium chromium-driver");
        }
        profile = Files.createDirectories(dir.resolve("chromium-profile"));
        downloads = Files.createDirectories(dir.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1366,900",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    void login(WorkbenchServer server, String user) {
        driver.manage().deleteAllCookies();
        driver.get(server.url("/"));
        driver.findElement(By.id("user")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(WorkbenchServer.PASSWORD);
        driver.findElement(By.id("password")).submit();
        if (!driver.findElements(By.id("password")).isEmpty()) {
            throw new AssertionError("log-in as " + user + " failed: " + driver.getPageSource());
        }
    }

    /** Writes a PNG of the current page to {@code target/screenshots/NAME.png} and returns its path. */
    Path screenshot(String name) {
        try {
            Path out = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
            Files.write(out, driver.getScreenshotAs(OutputType.BYTES));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Clicks a link or a form button that loads a new page, and waits until the old page is gone and the new one has
     * loaded: reading right after the click could still see the old page (a stale element or an old text).
     */
    void clickToNewPage(WebElement target) {
        WebElement oldRoot = driver.findElement(By.tagName("html"));
        target.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // Chromium answers a query on a node of the page being replaced with a stale-element error or, mid-navigation,
        // with "node does not belong to the document": either means the old page is gone.
        wait.until(d -> {
            try {
                oldRoot.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
