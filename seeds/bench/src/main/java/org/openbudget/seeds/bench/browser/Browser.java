package org.openbudget.seeds.bench.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (Selenium), as the dashboard's browser tests, the
 * screenshot and the page benchmark use it: a fresh profile per browser (nothing cached from an earlier run), no
 * network of its own (no updates, sync or QUIC probes that would add console noise or timing jitter), downloads into
 * a folder of the caller's, and the console kept so that a test can fail on any error the page logged.
 */
public final class Browser implements AutoCloseable {

    /** Debian's packages chromium and chromium-driver (deploy/local/lib.sh chromium_ensure installs them). */
    public static final String CHROMIUM = System.getProperty("openbudget.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("openbudget.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    private Browser(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    /**
     * A new headless browser with a fresh profile; {@code downloads} receives what links with {@code download} save.
     * Fails — never skips — when Chromium is not installed, saying which command installs it.
     */
    public static Browser start(Path downloads, int width, int height) throws IOException {
        for (String file : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(file))) {
                throw new IllegalStateException(file + " is missing: the browser tests need Debian's chromium and "
                        + "chromium-driver — run deploy/local/test (or deploy/local/screenshot, deploy/local/bench-page), "
                        + "which install them, or 'apt-get install chromium chromium-driver' as root");
            }
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Path profile = Files.createTempDirectory("openbudget-chromium-");
        Files.createDirectories(downloads);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "intl.accept_languages", "zh-CN,zh"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // a headless browser takes its download folder from the prefs only on some versions: say it explicitly too
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toAbsolutePath().toString(), "eventsEnabled", true));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile, downloads);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Path downloads() {
        return downloads;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Runs {@code script} before any script of every page opened from now on (Chromium's DevTools protocol). */
    public void beforeEveryPage(String script) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Waits until the page says its view is complete ({@code body[data-state=ready]}); a page that reports
     * {@code error} fails at once with its {@code #error} message.
     */
    public void awaitReady(Duration timeout) {
        new WebDriverWait(driver, timeout).withMessage(() -> "the page did not reach body[data-state=ready] within "
                + timeout + " (now: " + state() + "); console: " + console()).until(d -> {
            String state = state();
            if ("error".equals(state)) {
                List<WebElement> error = d.findElements(By.id("error"));
                throw new IllegalStateException("the page reports an error: "
                        + (error.isEmpty() ? "(no #error)" : error.get(0).getText()) + "; console: " + console());
            }
            return "ready".equals(state);
        });
    }

    public String state() {
        Object state = script("return document.body ? document.body.getAttribute('data-state') : null");
        return state == null ? null : state.toString();
    }

    /** The console entries logged since the last call (the driver hands each entry out once). */
    public List<LogEntry> console() {
        return new ArrayList<>(driver.manage().logs().get(LogType.BROWSER).getAll());
    }

    /** The errors among {@code entries} — the SEVERE ones: uncaught exceptions, failed requests, console.error. */
    public static List<String> severe(List<LogEntry> entries) {
        List<String> out = new ArrayList<>();
        for (LogEntry e : entries) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                out.add(e.getMessage());
            }
        }
        return out;
    }

    /** A PNG of the whole page (the window grown to the document's height first), for the README. */
    public byte[] fullPageScreenshot() {
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0,
                        "width", ((Number) size.get("width")).doubleValue(), "height", ((Number) size.get("height")).doubleValue(),
                        "scale", 1)));
        return java.util.Base64.getDecoder().decode((String) shot.get("data"));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
