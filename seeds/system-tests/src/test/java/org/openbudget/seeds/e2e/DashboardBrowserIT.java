package org.openbudget.seeds.e2e;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openbudget.seeds.bench.DepartmentYear;
import org.openbudget.seeds.bench.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18: the county dashboard in Debian's headless Chromium against the running system, with the seed in a county
 * of its own and a county of generated departments. Only the page's DOM contract (ids, data attributes) and visible
 * text are used; expected figures are the seed document's printed ones or the generated budgets' own, never the
 * page's or the API's. Every test also fails on any error the page logged to the console.
 */
@ExtendWith(RunningSystem.class)
class DashboardBrowserIT {

    private static final Duration READY = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static RunningSystem.Services system;
    private static DashboardCounties.SeedCounty seed;
    private static DashboardCounties.GeneratedCounty generated;
    private static Browser browser;
    private static Path downloads;

    @BeforeAll
    static void countiesAndBrowser() throws Exception {
        system = RunningSystem.services();
        seed = DashboardCounties.seed(system);
        generated = DashboardCounties.generated(system, 5);
        downloads = Repo.root().resolve("seeds/system-tests/target/dashboard-downloads");
        browser = Browser.start(downloads, 1280, 900);
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    /** No test passes with an error on the console: uncaught exceptions, failed requests, console.error. */
    @AfterEach
    void noConsoleErrors() {
        List<String> errors = Browser.severe(browser.console());
        assertEquals(List.of(), errors, "the page logged errors to the console");
    }

    private void open(String region) {
        browser.open(system.aggregation.url("/dashboard?year=" + DashboardCounties.YEAR + "&region=" + region));
        browser.awaitReady(READY);
    }

    private WebElement find(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    private List<WebElement> all(String css) {
        return browser.driver().findElements(By.cssSelector(css));
    }

    /** Code → amount text of the rows of a chart's table alternative. */
    private Map<String, String> rows(String table) {
        Map<String, String> out = new LinkedHashMap<>();
        for (WebElement row : all(table + " tr[data-code]")) {
            out.put(row.getAttribute("data-code"), amount(row.findElement(By.cssSelector("td.amount")).getText()));
        }
        return out;
    }

    /** An amount as shown, without grouping commas (the page may print 1,234.56). */
    private static String amount(String text) {
        return text.trim().replace(",", "");
    }

    /**
     * The seed's county: headline figures and the 类 split as the document prints them (tables 2 and 7: 合计 394.30;
     * 基本支出 336.30, 项目支出 58.00; 人员经费 288.65, 公用经费 47.65; "三公" 1.51; 机关运行经费 47.65; 类 201
     * 296.93, 208 35.07, 210 25.50, 211 20.00, 221 16.79), in Chinese, with no console error.
     */
    @Test
    void theSeedsCountyShowsItsPrintedTotalsAndTheClassSplit() {
        open(seed.region());
        assertEquals("zh-CN", find("html").getAttribute("lang"));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("total", "394.30");
        expected.put("basic", "336.30");
        expected.put("project", "58.00");
        expected.put("personnel", "288.65");
        expected.put("publicUse", "47.65");
        expected.put("threePublic", "1.51");
        expected.put("agencyOperation", "47.65");
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, String> changes = new LinkedHashMap<>();
        for (String measure : expected.keySet()) {
            WebElement figure = find("#headline [data-measure=" + measure + "]");
            shown.put(measure, amount(figure.findElement(By.cssSelector(".value")).getText()));
            String change = figure.findElement(By.cssSelector(".change")).getText().trim();
            assertTrue(change.matches("[+\\-−]?[0-9,]+\\.[0-9]{2}|—"), measure + " change: " + change);
            changes.put(measure, amount(change).replace('−', '-'));
        }
        assertEquals(expected, shown, "the headline figures of the seed (万元)");
        // the changes on 2021 the seed states in its words (section 二: 较2021年预算减少583.26万元 … 基本支出减少18.4万元
        // … 项目支出减少564.86万元; section 三: "三公"经费 … 与上年相比减少0.02万元)
        assertEquals(Map.of("total", "-583.26", "basic", "-18.40", "project", "-564.86", "threePublic", "-0.02"),
                Map.of("total", changes.get("total"), "basic", changes.get("basic"), "project", changes.get("project"),
                        "threePublic", changes.get("threePublic")), "the prior-year changes: " + changes);
        assertEquals(Map.of("201", "296.93", "208", "35.07", "210", "25.50", "211", "20.00", "221", "16.79"),
                new TreeMap<>(rows("#table-functional")), "the 类 split of table 7");
        for (String chart : List.of("#chart-functional", "#chart-economic", "#chart-funds", "#chart-three-public", "#chart-series")) {
            assertTrue(find(chart).isDisplayed(), chart);
        }
        for (String table : List.of("#table-functional", "#table-economic", "#table-funds", "#table-three-public", "#table-series")) {
            assertEquals("table", find(table).getTagName(), table + " is the chart's table alternative");
        }
        // the public is not signed in: only published figures are offered
        Select scope = new Select(find("select#scope"));
        assertEquals("published", scope.getFirstSelectedOption().getAttribute("value"));
        WebElement current = find("select#scope option[value=current]");
        assertFalse(current.isEnabled(), "current (drafts) needs a signed-in reader of drafts");
    }

    /**
     * Drill-down 类 → 款 → 项 from the keyboard (Enter on a focused row) and by click, the crumbs, the URL that
     * reproduces the view after a reload, and the first crumb back to 类.
     */
    @Test
    void enterOnAClassRowDrillsDownToItemsAndTheUrlKeepsTheView() {
        open(seed.region());
        WebElement generalPublicServices = find("#table-functional tr[data-code='201']");
        generalPublicServices.sendKeys(Keys.ENTER);
        awaitRows("#table-functional", Map.of("20103", "296.93"));
        find("#table-functional tr[data-code='20103']").click();
        awaitRows("#table-functional", Map.of("2010301", "258.93", "2010302", "38.00"));
        List<String> levels = all("nav#crumbs [data-level]").stream().map(e -> e.getAttribute("data-level")).toList();
        assertEquals(List.of("类", "款", "项"), levels, "the crumbs hold the path");

        String url = browser.driver().getCurrentUrl();
        browser.driver().navigate().refresh();
        browser.awaitReady(READY);
        assertEquals(Map.of("2010301", "258.93", "2010302", "38.00"), rows("#table-functional"),
                "a reload of " + url + " shows the same 项");

        find("nav#crumbs [data-level='类']").click();
        awaitRows("#table-functional", Map.of("201", "296.93", "208", "35.07", "210", "25.50", "211", "20.00", "221", "16.79"));
    }

    private void awaitRows(String table, Map<String, String> expected) {
        new WebDriverWait(browser.driver(), READY).withMessage(() -> table + " rows: " + rows(table) + ", expected " + expected)
                .until(d -> "ready".equals(browser.state()) && rows(table).equals(expected));
    }

    /**
     * The departments table of the generated county: one row per department with its own total, the never
     * published one missing, the one published 100 days after approval late; sorting by amount both ways, the
     * filter by code and by name.
     */
    @Test
    void theGeneratedCountysDepartmentsAreListedSortedAndFiltered() {
        open(generated.region());
        Map<String, String> statuses = new TreeMap<>();
        for (WebElement row : all("table#departments tr[data-department]")) {
            statuses.put(row.getAttribute("data-department"), row.findElement(By.cssSelector("td.status")).getAttribute("data-status"));
        }
        Set<String> codes = generated.all().stream().map(DepartmentYear::code).collect(Collectors.toSet());
        assertEquals(codes, statuses.keySet(), "every department of the county, published or not");
        assertEquals("missing", statuses.get(generated.draftOnly().code()), statuses.toString());
        assertEquals("late", statuses.get(generated.late().code()), statuses.toString());
        for (DepartmentYear dy : generated.published()) {
            String total = DashboardCounties.total(dy).toPlainString();
            List<String> amounts = all("tr[data-department='" + dy.code() + "'] td.amount").stream()
                    .map(e -> amount(e.getText())).toList();
            assertTrue(amounts.contains(total), dy.code() + " shows its total " + total + ": " + amounts);
            assertTrue(find("tr[data-department='" + dy.code() + "']").getText().contains(dy.department().name()), dy.code());
        }

        // sorting: the header of the first amount column, clicked twice
        WebElement firstRow = find("table#departments tr[data-department]");
        int column = columnOf(firstRow, firstRow.findElement(By.cssSelector("td.amount")));
        WebElement header = all("table#departments th").get(column);
        String key = header.getAttribute("data-sort");
        assertTrue(key != null && !key.isBlank(), "the amount column is sortable: " + header.getText());
        header.click();
        awaitSorted(column, header);
        String first = header.getAttribute("aria-sort");
        find("table#departments th[data-sort='" + key + "']").click();
        WebElement again = find("table#departments th[data-sort='" + key + "']");
        awaitSorted(column, again);
        assertNotEquals(first, again.getAttribute("aria-sort"), "a second click reverses the order");

        // filtering by code, then by name, then nothing
        DepartmentYear one = generated.onTime().get(1);
        WebElement filter = find("input#department-filter");
        filter.sendKeys(one.code());
        awaitVisibleDepartments(List.of(one.code()));
        // select-all and delete, as a user empties a field: clear() may fire no input event
        filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        filter.sendKeys(one.department().name().substring(generated.name().length()));
        awaitVisibleDepartments(List.of(one.code()));
        filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        new WebDriverWait(browser.driver(), READY).until(d -> visibleDepartments().size() == codes.size());
    }

    private int columnOf(WebElement row, WebElement cell) {
        List<WebElement> cells = row.findElements(By.xpath("./td|./th"));
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).equals(cell)) {
                return i;
            }
        }
        throw new AssertionError("cell not in its row");
    }

    private void awaitSorted(int column, WebElement header) {
        new WebDriverWait(browser.driver(), READY).withMessage(() -> "column " + column + " sorted as "
                + header.getAttribute("aria-sort") + ": " + columnValues(column)).until(d -> {
            String direction = header.getAttribute("aria-sort");
            if (!"ascending".equals(direction) && !"descending".equals(direction)) {
                return false;
            }
            List<BigDecimal> values = columnValues(column);
            List<BigDecimal> sorted = new ArrayList<>(values);
            sorted.sort("ascending".equals(direction) ? Comparator.naturalOrder() : Comparator.reverseOrder());
            return values.size() > 1 && values.equals(sorted);
        });
    }

    /** The numbers of a column in row order; a department without figures (missing) sorts as nothing shown: skipped. */
    private List<BigDecimal> columnValues(int column) {
        List<BigDecimal> out = new ArrayList<>();
        for (WebElement row : all("table#departments tr[data-department]")) {
            String text = amount(row.findElements(By.xpath("./td|./th")).get(column).getText());
            if (text.matches("-?[0-9]+(\\.[0-9]+)?")) {
                out.add(new BigDecimal(text));
            }
        }
        return out;
    }

    private List<String> visibleDepartments() {
        return all("table#departments tr[data-department]").stream().filter(WebElement::isDisplayed)
                .map(e -> e.getAttribute("data-department")).toList();
    }

    private void awaitVisibleDepartments(List<String> expected) {
        new WebDriverWait(browser.driver(), READY).withMessage(() -> "visible: " + visibleDepartments())
                .until(d -> visibleDepartments().equals(expected));
    }

    /**
     * Each department's links open its documents in the current scope: the HTML one in the browser naming the
     * department, the PDF and XLSX with their content types, and its consistency report.
     */
    @Test
    void theDepartmentLinksOpenItsDocuments() throws Exception {
        open(seed.region());
        WebElement row = find("tr[data-department='" + seed.department() + "']");
        String html = row.findElement(By.cssSelector("a[data-format=html]")).getAttribute("href");
        String pdf = row.findElement(By.cssSelector("a[data-format=pdf]")).getAttribute("href");
        String xlsx = row.findElement(By.cssSelector("a[data-format=xlsx]")).getAttribute("href");
        String consistency = row.findElement(By.cssSelector("a[data-format=consistency]")).getAttribute("href");
        String documents = system.aggregation.url("/api/v1/documents/" + seed.department() + "/" + DashboardCounties.YEAR);
        assertTrue(html.startsWith(documents + ".html"), html);
        assertTrue(pdf.startsWith(documents + ".pdf"), pdf);
        assertTrue(xlsx.startsWith(documents + ".xlsx"), xlsx);
        assertTrue(consistency.startsWith(system.aggregation.url("/api/v1/consistency/" + seed.department() + "/"
                + DashboardCounties.YEAR)), consistency);

        HttpResponse<byte[]> p = get(pdf, null);
        assertEquals(200, p.statusCode(), pdf);
        assertTrue(p.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"), pdf);
        assertEquals("%PDF", new String(p.body(), 0, 4, StandardCharsets.US_ASCII));
        HttpResponse<byte[]> x = get(xlsx, null);
        assertEquals(200, x.statusCode(), xlsx);
        assertTrue(x.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), xlsx);
        assertEquals("PK", new String(x.body(), 0, 2, StandardCharsets.US_ASCII), "an XLSX is a zip");
        HttpResponse<byte[]> c = get(consistency, null);
        assertEquals(200, c.statusCode(), consistency);
        assertTrue(new String(c.body(), StandardCharsets.UTF_8).contains(seed.department()), consistency);
        HttpResponse<byte[]> h = get(html, null);
        assertEquals(200, h.statusCode(), html);
        assertTrue(h.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), html);

        assertEquals(List.of(), Browser.severe(browser.console()), "the dashboard logged errors to the console");
        row.findElement(By.cssSelector("a[data-format=html]")).click();
        List<String> tabs = new ArrayList<>(browser.driver().getWindowHandles());
        String dashboard = browser.driver().getWindowHandle();
        if (tabs.size() > 1) { // a link with target=_blank opens a tab of its own
            tabs.remove(dashboard);
            browser.driver().switchTo().window(tabs.get(0));
        }
        new WebDriverWait(browser.driver(), READY).until(d -> d.getCurrentUrl().startsWith(documents + ".html")
                && d.getPageSource().contains("高邑县政府办") && d.getPageSource().contains("394.30"));
        if (tabs.size() > 1 || !browser.driver().getWindowHandle().equals(dashboard)) {
            browser.driver().close();
            browser.driver().switchTo().window(dashboard);
        }
        // the document is not the dashboard: a browser asks it for /favicon.ico, which the platform does not serve
        // (404, logged as an error) — that one is the document's, anything else still fails here
        List<String> documentErrors = Browser.severe(browser.console()).stream()
                .filter(e -> !e.contains("/favicon.ico ")).toList();
        assertEquals(List.of(), documentErrors, "opening the document logged errors");
    }

    /**
     * The functional table's CSV and the departments' CSV, saved by the browser, are the roll-up API's text/csv for
     * the same query, and that query is the one on screen (year, county, published scope, 万元, 类).
     */
    @Test
    void theCsvDownloadsAreTheApisCsvForWhatIsOnScreen() throws Exception {
        open(seed.region());
        // the functional block's link: the one whose query drills down by function
        WebElement csv = all("a.csv").stream().filter(a -> String.valueOf(query(a.getAttribute("href")).get("drilldown"))
                .contains("functional.")).findFirst().orElseThrow(() -> new AssertionError("no a.csv of the functional block"));
        String href = csv.getAttribute("href");
        Map<String, List<String>> query = query(href);
        assertEquals("/api/v1/rollups/" + DashboardCounties.YEAR, URI.create(href).getPath(), href);
        assertEquals(List.of(seed.region()), query.get("region"), href);
        assertEquals(List.of("functional.类"), query.get("drilldown"), href);
        assertEquals(List.of("published"), query.get("scope"), href);
        assertEquals(List.of("万元"), query.get("unit"), href);
        assertTrue(csv.getAttribute("download") != null, "the link saves the file");
        String saved = download(csv);
        String api = new String(get(href, "text/csv").body(), StandardCharsets.UTF_8);
        assertEquals(api, saved, "the saved CSV is the API's text/csv of " + href);
        for (String figure : List.of("296.93", "35.07", "25.50", "20.00", "16.79")) {
            assertTrue(saved.contains(figure), "the CSV holds the 类 figure " + figure + ":\n" + saved);
        }

        WebElement departments = find("a#departments-csv");
        String departmentsHref = departments.getAttribute("href");
        String savedDepartments = download(departments);
        assertEquals(new String(get(departmentsHref, "text/csv").body(), StandardCharsets.UTF_8), savedDepartments, departmentsHref);
        assertTrue(savedDepartments.contains(seed.department()), savedDepartments);
    }

    private String download(WebElement link) throws Exception {
        Set<Path> before = files();
        link.click();
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            List<Path> added = files().stream().filter(f -> !before.contains(f))
                    .filter(f -> !f.toString().endsWith(".crdownload") && !f.toString().endsWith(".tmp")).toList();
            if (!added.isEmpty()) {
                Thread.sleep(200); // the browser renames the finished file; let it close it
                return Files.readString(added.get(0), StandardCharsets.UTF_8);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no download from " + link.getAttribute("href") + " in " + downloads);
    }

    private Set<Path> files() throws Exception {
        try (Stream<Path> list = Files.list(downloads)) {
            return list.collect(Collectors.toSet());
        }
    }

    private static Map<String, List<String>> query(String href) {
        Map<String, List<String>> out = new TreeMap<>();
        String raw = URI.create(href).getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    /** Anonymously, as the public's browser does; {@code accept} null: the server's default. */
    private static HttpResponse<byte[]> get(String url, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
