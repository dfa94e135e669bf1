package org.openbudget.aggregation.document;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.Events;
import org.w3c.dom.Document;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed's events — department with its profile texts, the budget, the performance targets, the 2021
 * fixed assets and the 2022 procurement plan, shaped as their producers publish them — sent to the real
 * broker; the three formats served by {@code /api/v1/documents} reproduce the seed, and the county bundle
 * zips them with the county summary.
 */
@QuarkusTest
class DocumentApiTest {

    private static final String COUNTY = "98" + String.format("%04d", new Random().nextInt(10_000));
    private static final String SEED = Events.code("G");
    private static final String EMPTY = Events.code("H");
    private static final String DRAFT = Events.code("J");
    private static KafkaCompanion kafka;
    private static Events events;
    private static boolean loaded;

    @BeforeAll
    static void connect() {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        events = new Events(kafka);
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    private static synchronized void load() throws Exception {
        if (loaded) {
            return;
        }
        ObjectNode department = (ObjectNode) SeedFixtures.json("seed-department-434.json");
        department.put("code", SEED);
        ((ObjectNode) department.get("region")).put("code", COUNTY);
        events.send("budget.events", "org.openbudget.budget.department.changed.v1", SEED, department);
        events.department(EMPTY, "县无预算局", COUNTY, 1);
        events.department(DRAFT, "县草稿局", COUNTY, 1);
        ObjectNode budget = SeedFixtures.budgetEventData(SEED);
        // the seed's figures were printed in 万元, as budget-service's event says of a budget entered so (the schema requires it)
        budget.withObject("budget").put("inputUnit", "万元");
        budget.withObject("published").put("inputUnit", "万元");
        events.send("budget.events", "org.openbudget.budget.department-budget.changed.v1", SEED + ":2022", budget);
        events.budget(DRAFT, 2022, 1, "draft", Events.seedBudgetInYuan(), false);
        ObjectNode targets = (ObjectNode) SeedFixtures.json("seed-targets-434-2022.json");
        targets.put("department", SEED);
        events.send("performance.events", "org.openbudget.performance.targets.changed.v1", SEED + ":2022", targets);
        ObjectNode holdings = (ObjectNode) SeedFixtures.json("seed-assets-434-2021.json");
        holdings.put("department", SEED);
        ((ObjectNode) holdings.get("holdings").get(0)).put("department", SEED);
        events.send("asset.events", "org.openbudget.asset.holdings.changed.v1", SEED + ":2021", holdings);
        ObjectNode plan = (ObjectNode) SeedFixtures.json("seed-assets-434-2022.json");
        plan.put("department", SEED);
        ((ObjectNode) plan.get("procurementPlan")).put("department", SEED);
        ((ObjectNode) plan.get("publishedProcurementPlan")).put("department", SEED);
        events.send("asset.events", "org.openbudget.asset.procurement-plan.changed.v1", SEED + ":2022", plan);
        loaded = true;
    }

    @Test
    void htmlPrintsTheSeedsTablesAndComputedSentences() throws Exception {
        load();
        String html = given().get("/api/v1/documents/" + SEED + "/2022.html").then().statusCode(200)
                .contentType(containsString("text/html")).header("X-Document-Scope", "published")
                .extract().asString();
        Document page = HtmlRendererTest.parse(html);
        Map<Integer, List<SeedTables.SeedRow>> seed = SeedTables.read();
        for (int t = 1; t <= 9; t++) {
            SeedTables.assertSameRows(t, seed.get(t), GeneratedTables.fromHtml(page, t));
        }
        for (String sentence : List.of(
                "2022年预算收入394.3万元。其中，一般公共预算拨款收入394.3万元",
                "基本支出336.3万元，包括人员经费288.65万元和日常公用经费47.65万元；项目支出58万元",
                "较2021年预算减少583.26万元，减少59.66%。其中：基本支出减少18.4万元，减少5.19%，主要原因是人员减少；项目支出减少564.86万元，减少90.69%",
                "机关运行经费共计安排47.65万元",
                "“三公”经费预算安排1.51万元，与上年相比减少0.02万元。公务接待费0.31万元，与上年相比减少0.02万元，因为接待费计提基础减少",
                "安排政府采购预算0.00万元",
                "上年末固定资产金额为 947.09 万元（详见下表），其中车辆 138.26 万元、其他固定资产 808.83 万元",
                "截止时间：2021-12-31",
                "2022年项目支出58万元，编制预算项目绩效目标表4个。",
                "(三十四) 完成县政府交办的其他事项。",
                "<strong>“三公”经费</strong>",
                "我部门无其他需要说明的事项。")) {
            assertTrue(html.contains(sentence), sentence);
        }
        SeedFixtures.keep("api-434-2022.html", html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void xlsxHasASheetPerTableWithTheSeedsRows() throws Exception {
        load();
        byte[] xlsx = given().get("/api/v1/documents/" + SEED + "/2022.xlsx").then().statusCode(200)
                .header("Content-Disposition", containsString(SEED + "-2022.xlsx")).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(XlsxRendererTest.SHEETS, java.util.stream.IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList());
            Map<Integer, List<SeedTables.SeedRow>> seed = SeedTables.read();
            int[] widths = {5, 13, 9, 8, 6, 6, 6, 6, 6};
            for (int t = 1; t <= 9; t++) {
                SeedTables.assertSameRows(t, seed.get(t), GeneratedTables.fromSheet(wb.getSheetAt(t - 1), 5, widths[t - 1]));
            }
        }
        SeedFixtures.keep("api-434-2022.xlsx", xlsx);
    }

    @Test
    void pdfTextHoldsChineseAndTheFigures() throws Exception {
        load();
        byte[] pdf = given().get("/api/v1/documents/" + SEED + "/2022.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d).replace("\n", "");
            for (String s : List.of("部门预算收支总表", "一般公共服务支出", "394.30", "336.30", "288.65", "47.65", "58.00", "1.51",
                    "较2021年预算减少583.26万元，减少59.66%", "947.09", "大气办经费绩效目标表")) {
                assertTrue(text.contains(s), s);
            }
        }
        SeedFixtures.keep("api-434-2022.pdf", pdf);
    }

    @Test
    void scopeDecidesWhatADraftShows() throws Exception {
        load();
        given().get("/api/v1/documents/" + DRAFT + "/2022.html").then().statusCode(404)
                .contentType(containsString("application/problem+json")).body("detail", containsString("scope=current"));
        given().get("/api/v1/documents/" + DRAFT + "/2022.html?scope=current").then().statusCode(200)
                .header("X-Document-Scope", "current").body(containsString("当前版本"));
        given().get("/api/v1/documents/" + EMPTY + "/2022.xlsx?scope=current").then().statusCode(404);
    }

    @Test
    void badRequestsNameTheirField() {
        given().get("/api/v1/documents/434/2022.docx").then().statusCode(400)
                .body("errors.field", hasItems("format"));
        given().get("/api/v1/documents/434/22.html?scope=all").then().statusCode(400)
                .body("errors.field", hasItems("year", "scope"));
        given().get("/api/v1/documents/2022").then().statusCode(400).body("errors.field", hasItems("region"));
        given().get("/api/v1/documents/1999?region=12").then().statusCode(400).body("errors.field", hasItems("year", "region"));
        given().get("/api/v1/documents/jobs/not-a-uuid").then().statusCode(400).body("errors.field", hasItems("id"));
        given().get("/api/v1/documents/jobs/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void countyBundleIsABackgroundJobWithProgressAndAZip() throws Exception {
        load();
        Response started = given().get("/api/v1/documents/2022?region=" + COUNTY);
        started.then().statusCode(202).body("state", org.hamcrest.Matchers.oneOf("queued", "running", "done"))
                .body("region", equalTo(COUNTY));
        String location = started.getHeader("Location");
        assertTrue(location.contains("/api/v1/documents/jobs/"), location);
        String status = location.substring(location.indexOf("/api/v1/documents/jobs/"));
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> "done".equals(given().get(status).then().statusCode(200).extract().path("state")));
        given().get(status).then().body("departments", equalTo(3)).body("completed", equalTo(3)).body("progress", equalTo(100))
                .body("resultUrl", equalTo(status + "/result"));
        byte[] zip = given().get(status + "/result").then().statusCode(200).contentType("application/zip").extract().asByteArray();
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        String root = COUNTY + "-2022/";
        for (String ext : List.of("html", "pdf", "xlsx")) {
            assertTrue(files.containsKey(root + SEED + "/" + SEED + "-2022." + ext), ext + " in " + files.keySet());
        }
        assertTrue(files.keySet().stream().noneMatch(n -> n.startsWith(root + DRAFT + "/" + DRAFT + "-2022.")), "a draft is not published");
        String summary = new String(files.get(root + "county-summary.csv"), StandardCharsets.UTF_8);
        assertTrue(summary.contains(SEED + ",高邑县政府办,published,394.30,394.30,336.30,58.00,288.65,47.65,1.51,0.00,947.09"), summary);
        assertTrue(summary.contains(EMPTY + ",县无预算局,无已公开预算"), summary);
        assertTrue(summary.contains(",县合计（" + COUNTY + "，2022）,,394.30,394.30,336.30,58.00,288.65,47.65,1.51,0.00,947.09"), summary);
        String byFunction = new String(files.get(root + "county-by-function.csv"), StandardCharsets.UTF_8);
        assertTrue(byFunction.contains("211,节能环保支出,20.00,1"), byFunction);
        assertTrue(files.containsKey(root + "county-consistency.json"));
        assertTrue(new String(files.get(root + "county-consistency.json"), StandardCharsets.UTF_8).contains(SEED));
        given().get("/api/v1/documents/jobs/" + java.util.UUID.randomUUID() + "/result").then().statusCode(404);
    }
}
