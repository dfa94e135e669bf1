package org.openbudget.aggregation.dashboard;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openbudget.common.testing.security.ExplicitTokens;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page as an anonymous browser gets it: HTML referencing only this service (the page works offline in a county
 * network), every script, style and the ECharts library served with its type, the hooks of the DOM contract the
 * browser tests use (docs: /work/briefs dashboard contract, aggregation-service README "Dashboard").
 */
@QuarkusTest
@ExplicitTokens
class DashboardPageTest {

    private static final Pattern IMPORT = Pattern.compile("from '\\./([\\w-]+\\.js)'");
    private static final List<String> MEASURES = List.of("total", "basic", "project", "personnel", "publicUse",
            "threePublic", "agencyOperation");
    private static final List<String> CHARTS = List.of("functional", "economic", "funds", "three-public", "series");

    private static Document page() {
        Response r = given().get("/dashboard");
        assertEquals(200, r.statusCode());
        assertTrue(r.contentType().startsWith("text/html"), r.contentType());
        return Jsoup.parse(r.asString());
    }

    @Test
    void anonymousCallersGetThePageReferencingOnlySameOriginUrls() {
        Document doc = page();
        assertEquals("zh-CN", doc.selectFirst("html").attr("lang"));
        List<String> foreign = new ArrayList<>();
        for (Element e : doc.select("[src], [href]")) {
            String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            if (!url.startsWith("/") || url.startsWith("//")) {
                if (!url.startsWith("#")) {
                    foreign.add(e.tagName() + " " + url);
                }
            }
        }
        assertTrue(foreign.isEmpty(), "references outside this service: " + foreign);
        // ECharts from this service's jar, fetched with the page (run by charts.js once the figures are painted)
        assertNotNull(doc.selectFirst("link[rel=preload][as=script][href=/_static/echarts/5.6.0/dist/echarts.min.js]"));
        assertNotNull(doc.selectFirst("link[rel=stylesheet][media=print]"), "a print stylesheet");
    }

    @Test
    void everyReferencedFileAndModuleIsServedWithItsType() {
        Document doc = page();
        Set<String> urls = new LinkedHashSet<>();
        doc.select("script[src], link[href]").forEach(e -> urls.add(e.hasAttr("src") ? e.attr("src") : e.attr("href")));
        List<String> modules = new ArrayList<>(urls.stream().filter(u -> u.startsWith("/dashboard/") && u.endsWith(".js")).toList());
        // the modules the entry module imports, and theirs
        for (int i = 0; i < modules.size(); i++) {
            String js = given().get(modules.get(i)).then().statusCode(200).extract().asString();
            Matcher m = IMPORT.matcher(js);
            while (m.find()) {
                String imported = "/dashboard/" + m.group(1);
                if (!modules.contains(imported)) {
                    modules.add(imported);
                }
            }
        }
        urls.addAll(modules);
        assertTrue(modules.size() >= 5, "the entry module and what it imports: " + modules);
        for (String url : urls) {
            Response r = given().get(url);
            assertEquals(200, r.statusCode(), url);
            String type = r.contentType();
            String expected = url.endsWith(".js") ? "javascript" : url.endsWith(".css") ? "text/css"
                    : url.endsWith(".svg") ? "image/svg+xml" : "?";
            assertTrue(type.contains(expected), url + " is served as " + type);
            assertFalse(r.asString().isBlank(), url);
        }
        int echarts = given().get("/_static/echarts/5.6.0/dist/echarts.min.js").then().statusCode(200)
                .extract().asByteArray().length;
        assertTrue(echarts > 500_000, "the whole ECharts build, not a stub: " + echarts + " bytes");
    }

    /** ECharts is a megabyte as served: a county network gets it gzip-compressed when it asks (and whole when not). */
    @Test
    void scriptsAreCompressedForClientsThatAcceptGzip() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.URI uri = java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port
                + "/_static/echarts/5.6.0/dist/echarts.min.js");
        java.net.http.HttpResponse<byte[]> plain = client.send(java.net.http.HttpRequest.newBuilder(uri).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        java.net.http.HttpResponse<byte[]> gzipped = client.send(java.net.http.HttpRequest.newBuilder(uri)
                .header("Accept-Encoding", "gzip").build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, plain.statusCode());
        assertFalse(plain.headers().firstValue("Content-Encoding").isPresent(), "not asked for, not compressed");
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse("none"));
        byte[] unpacked;
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
            unpacked = in.readAllBytes();
        }
        assertTrue(java.util.Arrays.equals(plain.body(), unpacked), "the same script once unpacked");
        assertTrue(gzipped.body().length * 2 < plain.body().length,
                "compressed " + gzipped.body().length + " of " + plain.body().length + " bytes");
    }

    @Test
    void theContractHooksArePresent() {
        Document doc = page();
        assertEquals("loading", doc.body().attr("data-state"));
        for (String id : List.of("select#year", "select#region", "select#scope", "button#sign-in", "button#sign-out",
                "#who", "#error", "nav#crumbs", "table#departments", "input#department-filter", "a#departments-csv",
                "button#bundle", "progress#bundle-progress", "a#bundle-download")) {
            assertNotNull(doc.selectFirst(id), id);
        }
        assertEquals(List.of("published", "current"), doc.select("select#scope option").eachAttr("value"));
        for (String m : MEASURES) {
            Element card = doc.selectFirst("#headline [data-measure=" + m + "]");
            assertNotNull(card, m);
            assertNotNull(card.selectFirst(".value"), m);
            assertNotNull(card.selectFirst(".change"), m);
        }
        for (String c : CHARTS) {
            Element chart = doc.selectFirst("#chart-" + c);
            assertNotNull(chart, c);
            assertEquals("table-" + c, chart.nextElementSibling().id(), "the table alternative right after the chart " + c);
            assertNotNull(chart.parent().selectFirst("a.csv[download]"), "CSV link of " + c);
        }
        assertEquals(List.of("code", "name", "status", "expenditure", "basic", "project", "threePublic"),
                doc.select("#departments th[data-sort]").eachAttr("data-sort"));
        doc.select("#departments th[data-sort]").forEach(th -> assertTrue(th.hasAttr("aria-sort"), th.text()));
    }

    @Test
    void configNamesTheIssuerAndThePublicClient() {
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        Response r = given().get("/dashboard/config");
        assertEquals(200, r.statusCode());
        assertEquals(issuer, r.path("issuer"));
        assertEquals("openbudget-web", r.path("clientId"));
        assertTrue(r.<String>path("region").matches("\\d{6}"));
        List<Integer> years = r.path("years");
        assertTrue(years.contains(r.<Integer>path("year")), "the default year is offered: " + years);
        // the page carries the same settings, so that it can ask for the figures at once
        Element embedded = page().selectFirst("script#dashboard-config[type=application/json]");
        assertNotNull(embedded);
        assertEquals(io.restassured.path.json.JsonPath.from(r.asString()).getMap(""),
                io.restassured.path.json.JsonPath.from(embedded.data()).getMap(""));
    }
}
