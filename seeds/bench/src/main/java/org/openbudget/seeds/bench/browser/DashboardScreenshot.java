package org.openbudget.seeds.bench.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code deploy/local/screenshot}: the running demo's county dashboard (AGGREGATION_URL, default :8084) opened in
 * headless Chromium, once its figures are ready and every chart has drawn, saved whole as a PNG for the README.
 *   DashboardScreenshot OUT.png [COUNTY] [YEAR]
 */
public final class DashboardScreenshot {

    private static final String[] CHARTS = {"chart-functional", "chart-economic", "chart-funds", "chart-three-public", "chart-series"};

    private DashboardScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: DashboardScreenshot OUT.png [COUNTY] [YEAR]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        String county = args.length > 1 ? args[1] : "130127";
        String year = args.length > 2 ? args[2] : "2022";
        String base = System.getenv().getOrDefault("AGGREGATION_URL", "http://127.0.0.1:8084");
        String url = base + "/dashboard?year=" + year + "&region=" + county;
        Path downloads = Files.createTempDirectory("openbudget-screenshot-");
        try (Browser browser = Browser.start(downloads, 1280, 900)) {
            browser.open(url);
            browser.awaitReady(Duration.ofSeconds(60));
            // ECharts loads beside the figures and draws after them: wait for a canvas in every chart
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage("the charts did not draw").until(d -> {
                for (String chart : CHARTS) {
                    if (!Boolean.TRUE.equals(browser.script("const c = document.getElementById(arguments[0]);"
                            + " return !!c && !!c.querySelector('canvas, svg');", chart))) {
                        return false;
                    }
                }
                return true;
            });
            Thread.sleep(500); // the charts' first frame
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.write(out, browser.fullPageScreenshot());
            var errors = Browser.severe(browser.console());
            System.out.println("wrote " + out + " from " + url + (errors.isEmpty() ? "" : "; console errors: " + errors));
        } finally {
            Files.deleteIfExists(downloads);
        }
        System.exit(0);
    }
}
