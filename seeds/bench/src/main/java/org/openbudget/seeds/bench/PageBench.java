package org.openbudget.seeds.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openbudget.seeds.bench.browser.Browser;
import org.openbudget.seeds.load.Json;

/**
 * The county dashboard in a real browser (Debian's headless Chromium): page loads of one county — cold (the
 * browser's cache emptied first) and warm (cached files) — and each interaction, timed from the page's own clock
 * ({@code performance.now()}, Navigation and Paint Timing): first contentful paint, and time until
 * {@code body[data-state=ready]} with the figures painted (the frame after it: the first meaningful paint); for an
 * interaction, from the click until the view is ready and painted, with the API calls it made. p50 and max over
 * {@code loads} runs; nothing is asserted. Uses only the page's DOM contract (issue 18).
 */
public final class PageBench {

    /** Installed before the page's own scripts: records when the page first says ready and the frame after it. */
    private static final String PROBE = """
            (() => {
              const p = window.__bench = { readyAt: null, paintedAt: null, loadings: 0 };
              const seen = state => {
                if (state === 'loading') p.loadings++;
                if (state === 'ready' && p.readyAt === null) {
                  p.readyAt = performance.now();
                  requestAnimationFrame(() => setTimeout(() => { p.paintedAt = performance.now(); }, 0));
                }
              };
              // every value the attribute took, in order: a batch of records may hold loading and ready together
              const watch = () => {
                new MutationObserver(records => {
                  records.slice(1).forEach(r => seen(r.oldValue));
                  seen(document.body.getAttribute('data-state'));
                }).observe(document.body, { attributes: true, attributeOldValue: true, attributeFilter: ['data-state'] });
                seen(document.body.getAttribute('data-state'));
              };
              if (document.body) watch(); else document.addEventListener('DOMContentLoaded', watch);
            })();
            """;

    /**
     * Runs {@code action} (a function body) and resolves when {@code done} holds, the page is ready and a frame was
     * painted after that: [ms, API calls made]. A view the page answers without a call (sorting, filtering) counts
     * too: ready with no loading seen for two frames.
     */
    private static final String INTERACTION = """
            const [action, done, finish] = [new Function(arguments[0]), new Function(arguments[1]), arguments[arguments.length - 1]];
            const p = window.__bench;
            const loadingsBefore = p.loadings;
            const t0 = performance.now();
            action();
            let frames = 0;
            const tick = () => {
              frames++;
              const ready = document.body.getAttribute('data-state') === 'ready';
              if (ready && done() && (p.loadings > loadingsBefore || frames > 2)) {
                requestAnimationFrame(() => setTimeout(() => {
                  const calls = performance.getEntriesByType('resource')
                      .filter(e => e.startTime >= t0 && e.name.includes('/api/')).length;
                  finish([performance.now() - t0, calls]);
                }, 0));
              } else if (performance.now() - t0 > 30000) {
                finish([-1, -1]);
              } else {
                requestAnimationFrame(tick);
              }
            };
            requestAnimationFrame(tick);
            """;

    private final String dashboard;
    private final String county;
    private final int year;

    public PageBench(String aggregationUrl, String county, int year) {
        this.dashboard = aggregationUrl + "/dashboard?year=" + year + "&region=" + county;
        this.county = county;
        this.year = year;
    }

    public void run(int loads, Report report, Path downloads) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("url", dashboard);
        out.put("loads", loads);
        try (Browser browser = Browser.start(downloads, 1280, 900)) {
            browser.beforeEveryPage(PROBE);
            load(browser, false); // the browser's own first start is not the page's: one unmeasured load
            for (boolean warm : new boolean[] {false, true}) {
                List<Long> paint = new ArrayList<>();
                List<Long> ready = new ArrayList<>();
                for (int i = 0; i < loads; i++) {
                    long[] t = load(browser, warm);
                    paint.add(t[0]);
                    ready.add(t[1]);
                }
                String kind = warm ? "warm" : "cold";
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("firstContentfulPaint", Stats.summary(paint));
                figures.put("readyPainted", Stats.summary(ready));
                out.put(kind, figures);
                report.line("page " + kind + " load, " + county + " " + year, String.format(
                        "first contentful paint p50 %s ms, max %s ms; ready and painted p50 %s ms, max %s ms (n=%d)",
                        Stats.summary(paint).get("p50Ms"), Stats.summary(paint).get("maxMs"),
                        Stats.summary(ready).get("p50Ms"), Stats.summary(ready).get("maxMs"), loads));
            }
            out.put("interactions", interactions(browser, loads, report));
            List<String> errors = Browser.severe(browser.console());
            out.put("consoleErrors", errors);
            if (!errors.isEmpty()) {
                report.line("page console errors", errors.size() + ": " + errors.get(0));
            }
        }
        report.put("page", out);
    }

    /** [first contentful paint, ready and painted] in nanoseconds since the navigation started. */
    private long[] load(Browser browser, boolean warm) {
        browser.open("about:blank");
        if (!warm) {
            browser.driver().executeCdpCommand("Network.clearBrowserCache", Map.of());
        }
        browser.open(dashboard);
        browser.awaitReady(Duration.ofSeconds(60));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> browser.script("return window.__bench.paintedAt") != null);
        Object fcp = browser.script("const e = performance.getEntriesByName('first-contentful-paint')[0];"
                + " return e ? e.startTime : -1;");
        Object painted = browser.script("return window.__bench.paintedAt;");
        return new long[] {nanos(fcp), nanos(painted)};
    }

    private Map<String, Object> interactions(Browser browser, int runs, Report report) {
        Map<String, Object> out = new LinkedHashMap<>();
        load(browser, true);
        List<?> years = (List<?>) browser.script("return [...document.querySelectorAll('select#year option')].map(o => o.value);");
        if (years.size() > 1) {
            String other = years.stream().map(String::valueOf).filter(y -> !y.equals(Integer.toString(year))).findFirst().orElseThrow();
            measure(browser, out, report, "year change", runs, i -> {
                String to = i % 2 == 0 ? other : Integer.toString(year);
                return new String[] {"const s = document.querySelector('select#year'); s.value = '" + to + "';"
                        + " s.dispatchEvent(new Event('change', { bubbles: true }));",
                        "return new URLSearchParams(location.search).get('year') === '" + to + "';"};
            });
        } else {
            report.line("page year change", "not measured: the county has one year");
        }
        load(browser, true);
        measure(browser, out, report, "drill click 类 → 款", runs, i -> new String[] {
                "window.__crumbs = document.querySelectorAll('nav#crumbs [data-level]').length;"
                        + " document.querySelector('#table-functional tr[data-code]').click();",
                "return document.querySelectorAll('nav#crumbs [data-level]').length > window.__crumbs;"}, () -> {
                    browser.script("document.querySelector(\"nav#crumbs [data-level='类']\").click();");
                    browser.awaitReady(Duration.ofSeconds(30));
                });
        measure(browser, out, report, "sort departments by amount", runs, i -> new String[] {
                "const h = document.querySelector('table#departments th[data-sort=expenditure]')"
                        + " || document.querySelectorAll('table#departments th[data-sort]')[1];"
                        + " window.__sort = h.getAttribute('aria-sort'); window.__sortHeader = h; (h.querySelector('button') || h).click();",
                "return window.__sortHeader.getAttribute('aria-sort') !== window.__sort;"});
        measure(browser, out, report, "filter departments", runs, i -> new String[] {
                "const f = document.querySelector('input#department-filter');"
                        + " const rows = () => [...document.querySelectorAll('table#departments tr[data-department]')].filter(r => r.offsetParent !== null);"
                        + " window.__visible = rows; if (f.value === '') window.__total = rows().length;"
                        + " f.value = " + (i % 2 == 0 ? "rows()[0].getAttribute('data-department')" : "''") + ";"
                        + " f.dispatchEvent(new Event('input', { bubbles: true }));",
                "return window.__visible().length === (document.querySelector('input#department-filter').value === '' ? window.__total : 1);"});
        return out;
    }

    private void measure(Browser browser, Map<String, Object> out, Report report, String name, int runs,
                         java.util.function.IntFunction<String[]> step) {
        measure(browser, out, report, name, runs, step, () -> { });
    }

    /** Runs an interaction {@code runs} times ({@code between} restores the view after each): ms and API calls. */
    private void measure(Browser browser, Map<String, Object> out, Report report, String name, int runs,
                         java.util.function.IntFunction<String[]> step, Runnable between) {
        List<Long> times = new ArrayList<>();
        List<Long> calls = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            String[] s = step.apply(i);
            List<?> r = (List<?>) browser.driver().executeAsyncScript(INTERACTION, s[0], s[1]);
            long ms = ((Number) r.get(0)).longValue();
            if (ms < 0) {
                report.line("page " + name, "not measured: the view did not settle within 30 s");
                return;
            }
            times.add(nanos(r.get(0)));
            calls.add(((Number) r.get(1)).longValue());
            between.run();
        }
        Map<String, Object> figures = Stats.summary(times);
        figures.put("apiCalls", calls);
        out.put(name, figures);
        report.line("page " + name, String.format("p50 %s ms, max %s ms until ready and painted; API calls per run %s (n=%d)",
                figures.get("p50Ms"), figures.get("maxMs"), calls.stream().distinct().toList(), runs));
    }

    private static long nanos(Object ms) {
        return Math.round(((Number) ms).doubleValue() * 1_000_000);
    }

    /** {@code deploy/local/bench-page}: the running demo's dashboard (AGGREGATION_URL), printed and written as JSON. */
    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>(Map.of("county", "130127", "year", "2022", "loads", "10", "root", "."));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--") || !o.containsKey(args[i].substring(2))) {
                System.err.println("usage: bench-page [--county CODE] [--year Y] [--loads N]");
                System.exit(2);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        Path root = Path.of(o.get("root"));
        Report report = new Report();
        new PageBench(Endpoints.fromEnvironment().aggregation(), o.get("county"), Integer.parseInt(o.get("year")))
                .run(Integer.parseInt(o.get("loads")), report, root.resolve(".local-stack/bench/page-downloads"));
        Path out = root.resolve(".local-stack/bench/page.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, Json.pretty(report.json) + "\n");
        report.lines.forEach(System.out::println);
        System.out.println("\nJSON: " + out);
        System.exit(0);
    }
}
