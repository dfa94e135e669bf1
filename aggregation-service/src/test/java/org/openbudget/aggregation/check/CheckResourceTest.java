package org.openbudget.aggregation.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.Events;
import org.openbudget.aggregation.document.SeedFixtures;
import org.openbudget.seeds.seed.SeedDocument;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/v1/check}: a document checked without loading it answers the tables read from it, the catalog's
 * verdict on its codes and the consistency findings the platform computes for the same data stored.
 */
@QuarkusTest
class CheckResourceTest {

    private static final String PATH = "/api/v1/check";
    private static final Path SHANGHAI = Path.of(System.getProperty("shared.dir", "../../shared"), "samples", "shpt_fuliyuan_2024.txt");

    @Test
    void theSeedTextGivesTheSeedsFiguresAndNoErrorTheStoredSeedHasNot() throws Exception {
        JsonNode report = json(given().multiPart("file", "000_089e20c77680147c.txt", SeedDocument.text().getBytes(StandardCharsets.UTF_8),
                "text/plain").post(PATH).then().log().ifValidationFails().statusCode(200).contentType("application/json").extract().asString());
        assertEquals("434", report.get("department").asText());
        assertEquals(2022, report.get("year").asInt());
        assertEquals("万元", report.get("unit").asText());
        assertEquals(2022, report.get("catalogYear").asInt());
        assertEquals(9, report.get("tables").size());
        // printed in the seed: 支出总表 合计 394.30, of it 基本支出 336.30 and 项目支出 58.00; 一般公共预算 基本支出 人员经费 288.65
        assertEquals(List.of("394.30", "336.30", "58.00"), total(table(report, 3)).subList(0, 3));
        assertEquals(List.of("336.30", "288.65", "47.65"), total(table(report, 6)));
        // the seed's codes and names are those of the 2022 catalog (budget-service's SeedValidationTest: no warning)
        assertEquals(0, report.get("catalog").size(), report.get("catalog").toString());

        // the same document stored: the platform's own report of it
        String dept = storeTheSeed();
        JsonNode stored = json(given().queryParam("scope", "published").get("/api/v1/consistency/{d}/2022", dept)
                .then().statusCode(200).extract().asString());
        // budget-service's own rules run on the upload too (issue 14): the same errors and warnings as the stored seed,
        // where they used to be a subset of them
        assertEquals(rules(stored, "error"), rules(report, "error"), "the same errors as the stored seed");
        assertEquals(rules(stored, "warning"), rules(report, "warning"), "the same warnings as the stored seed");
        // and budget-service's findings of the seed are its three rounding gaps, no more (SeedValidationTest, by hand:
        // 合计 394.30 vs Σ 类 394.29, 21011 25.50 vs 14.38 + 11.13, 301 283.68 vs 283.67)
        assertEquals(Set.of("budget.functional.total-sum info", "budget.functional.parent-sum info",
                "budget.economic.parent-sum info"), budgetFindings(report));
        assertEquals(3, report.get("findings").findValues("rule").stream().filter(r -> r.asText().startsWith("budget.")).count(),
                report.get("findings").toString());
        assertTrue(report.get("notChecked").toString().contains("timeliness"), report.get("notChecked").toString());
        assertTrue(!report.get("notChecked").toString().contains("validation"), "budget-service's validation is run now");

        // the platform's own PDF and XLSX of the stored seed read back to the same figures
        for (String format : List.of("pdf", "xlsx")) {
            byte[] document = given().get("/api/v1/documents/{d}/2022.{f}", dept, format).then().statusCode(200).extract().asByteArray();
            JsonNode again = json(given().multiPart("file", dept + "-2022." + format, document, "application/octet-stream")
                    .post(PATH).then().log().ifValidationFails().statusCode(200).extract().asString());
            assertEquals(List.of("394.30", "336.30", "58.00"), total(table(again, 3)).subList(0, 3), format);
            assertEquals(List.of("336.30", "288.65", "47.65"), total(table(again, 6)), format);
        }
    }

    @Test
    void aYearsOwnCatalogJudgesTheCodesAndTheHtmlIsForPeople() {
        byte[] seed = SeedDocument.text().getBytes(StandardCharsets.UTF_8);
        // the seed read as a 2023 document: 2023's catalog, whose 类 list no longer has 234 (retired in 2023)
        JsonNode in2023 = json(given().contentType("text/plain; charset=UTF-8").body(seed).queryParam("year", 2023)
                .queryParam("name", "seed.txt").post(PATH).then().log().ifValidationFails().statusCode(200).extract().asString());
        assertEquals(2023, in2023.get("catalogYear").asInt());
        JsonNode in2022 = json(given().contentType("text/plain; charset=UTF-8").body(seed).post(PATH).then().log().ifValidationFails().statusCode(200)
                .extract().asString());
        assertTrue(table(in2022, 1).toString().contains("抗疫特别国债安排的支出"), "2022's table 1 prints 234");
        assertTrue(!table(in2023, 1).toString().contains("抗疫特别国债安排的支出"), "2023's table 1 has no 234 row");
        // a year after the shipped ones uses the nearest catalog and says so
        assertEquals(2026, json(given().contentType("text/plain; charset=UTF-8").body(seed).queryParam("year", 2031)
                .post(PATH).then().log().ifValidationFails().statusCode(200).extract().asString()).get("catalogYear").asInt());

        given().accept("text/html").contentType("text/plain; charset=UTF-8").body(seed).post(PATH).then().log().ifValidationFails().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("394.30")).body(containsString("一致性检查"));
        given().queryParam("format", "html").multiPart("file", "seed.txt", seed, "text/plain").post(PATH).then().log().ifValidationFails().statusCode(200)
                .contentType(containsString("text/html"));
    }

    @Test
    void printedApprovalAndPublicationDatesAreJudgedOnTime() {
        // approved 2022-01-12, so due 20 days later on 2022-02-01; published 2022-02-28: 27 days late (by hand)
        String dated = SeedDocument.text() + "\n批复日期：2022年1月12日\n公开日期：2022年2月28日\n";
        JsonNode report = json(given().contentType("text/plain; charset=UTF-8").body(dated.getBytes(StandardCharsets.UTF_8))
                .post(PATH).then().log().ifValidationFails().statusCode(200).extract().asString());
        JsonNode late = null;
        for (JsonNode f : report.get("findings")) {
            late = f.get("rule").asText().equals("timeliness.late") ? f : late;
        }
        assertTrue(late != null, report.get("findings").toString());
        assertEquals("error", late.get("severity").asText());
        assertTrue(late.get("message").asText().contains("逾期27天"), late.toString());
        // the seed prints no date: nothing is said about its timeliness
        JsonNode undated = json(given().contentType("text/plain; charset=UTF-8").body(SeedDocument.text().getBytes(StandardCharsets.UTF_8))
                .post(PATH).then().statusCode(200).extract().asString());
        assertTrue(rules(undated, "error").stream().noneMatch(r -> r.startsWith("timeliness."))
                && rules(undated, "info").stream().noneMatch(r -> r.startsWith("timeliness.")), undated.get("findings").toString());
    }

    @Test
    void theShanghaiSampleIsRead() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SHANGHAI), "the Shanghai sample is read from ../shared/samples, absent here: " + SHANGHAI);
        JsonNode sample = json(Files.readString(SHANGHAI.resolveSibling("shpt_fuliyuan_2024.json")));
        JsonNode report = json(given().multiPart("file", "shpt_fuliyuan_2024.txt", Files.readAllBytes(SHANGHAI), "text/plain")
                .post(PATH).then().log().ifValidationFails().statusCode(200).extract().asString());
        assertEquals(2024, report.get("year").asInt());
        assertEquals(2024, report.get("catalogYear").asInt());
        assertEquals(sample.get("table_unit").asText(), report.get("unit").asText());
        // the sample's JSON: expenditure total 12121164, basic 9501164, project 2620000 (元)
        JsonNode expenditure = sample.get("expenditure");
        assertEquals(List.of(cents(expenditure.get("total")), cents(expenditure.get("basic")), cents(expenditure.get("project"))),
                total(table(report, 3)).subList(0, 3));
        // every functional code it prints is in the 2024 catalog under its name (its misprint "7 11 02" may be healed
        // to 2101102 by the parser, or stay and be unknown)
        for (JsonNode f : report.get("catalog")) {
            if (f.get("scheme").asText().equals("functional")) {
                assertEquals("71102", f.get("code").asText(), f.toString());
            }
        }
        // its 基本支出 table numbers 302's 款 one after another (302 01 … 13), not by the standard codes (the sample's
        // JSON, note I1): 302 02 is printed 咨询费, the standard 30202 is 印刷费 — told as a name that differs
        boolean consulting = false;
        for (JsonNode f : report.get("catalog")) {
            consulting |= f.get("code").asText().equals("30202") && f.get("name").asText().equals("咨询费")
                    && f.get("status").asText().equals("name-differs");
        }
        assertTrue(consulting, report.get("catalog").toString());
    }

    @Test
    void whatIsNotABudgetIsAProblemNamingTheFile() throws Exception {
        problem(given().contentType("text/plain; charset=UTF-8").body("Hello, this is not a budget.\n第二行\n"), 422);
        problem(given().contentType("application/pdf").body("%PDF-1.7\n%âãÏÓ\n1 0 obj truncated".getBytes(StandardCharsets.ISO_8859_1)), 422);
        problem(given().contentType("application/octet-stream").body(new byte[]{0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 42}), 422);
        problem(given().contentType("text/plain").body(new byte[0]), 422);
        problem(given().multiPart("other", "x.txt", "x".getBytes(StandardCharsets.UTF_8), "text/plain"), 400);
        problem(given().contentType("application/pdf").body(imageOnlyPdf()), 422);
        problem(given().multiPart("file", "formulas.xlsx", workbookWithAFormula(), "application/octet-stream"), 422);
        // a truncated export (the seed's first 40 lines): read as far as it goes or refused, never a 5xx
        String truncated = String.join("\n", Arrays.asList(SeedDocument.text().split("\n")).subList(0, 40));
        given().contentType("text/plain; charset=UTF-8").body(truncated).post(PATH).then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(422)));
    }

    @Test
    void aFileOverTheLimitIs413() {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        problem(given().contentType("text/plain").body(big), 413);
        problem(given().multiPart("file", "big.txt", big, "text/plain"), 413);
    }

    /** A PDF whose page holds no text, as a scan without a text layer. */
    private static byte[] imageOnlyPdf() throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** A workbook whose 合计 is a formula: its printed value is not in the file. */
    private static byte[] workbookWithAFormula() throws java.io.IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("部门收支预算总表");
            sheet.createRow(0).createCell(0).setCellValue("单位：万元");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(1.5);
            row.createCell(1).setCellValue(2.5);
            row.createCell(2).setCellFormula("A2+B2");
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void problem(io.restassured.specification.RequestSpecification request, int status) {
        request.post(PATH).then().statusCode(status).contentType("application/problem+json").body("errors[0].field", equalTo("file"));
    }

    /** Stores the seed as the owners' events carry it (budget, targets, holdings of 2021 and 2022) and returns the code. */
    private static String storeTheSeed() throws Exception {
        String dept = Events.code("C");
        try (KafkaCompanion kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            Events events = new Events(kafka);
            events.department(dept, "高邑县政府办", "130127", 1);
            ObjectNode budget = Events.seedBudgetInYuan();
            budget.put("inputUnit", "万元");
            events.budget(dept, 2022, 1, "published", budget, true);
            ObjectNode targets = (ObjectNode) SeedFixtures.json("seed-targets-434-2022.json").deepCopy();
            targets.put("department", dept);
            events.send("performance.events", "org.openbudget.performance.targets.changed.v1", dept + ":2022", targets);
            for (String year : List.of("2021", "2022")) {
                ObjectNode assets = (ObjectNode) SeedFixtures.json("seed-assets-434-" + year + ".json").deepCopy();
                assets.put("department", dept);
                events.send("asset.events", "org.openbudget.asset.holdings.changed.v1", dept + ":" + year, assets);
            }
        }
        return dept;
    }

    private static JsonNode table(JsonNode report, int number) {
        for (JsonNode t : report.get("tables")) {
            if (t.get("number").asInt() == number) {
                return t;
            }
        }
        throw new AssertionError("no table " + number);
    }

    /** The amounts of a table's 合计 row, as printed. */
    private static List<String> total(JsonNode table) {
        for (JsonNode row : table.get("rows")) {
            List<String> cells = new ArrayList<>();
            row.get("cells").forEach(c -> cells.add(c.isNull() ? null : c.asText()));
            if (cells.contains("合计")) {
                return cells.subList(cells.indexOf("合计") + 1, cells.size()).stream().filter(c -> c != null).toList();
            }
        }
        throw new AssertionError("no 合计 row in " + table);
    }

    private static String cents(JsonNode yuan) {
        return yuan.decimalValue().setScale(2).toPlainString();
    }

    private static Set<String> rules(JsonNode report, String severity) {
        Set<String> rules = new TreeSet<>();
        for (JsonNode f : report.get("findings")) {
            if (f.get("severity").asText().equals(severity)) {
                rules.add(f.get("rule").asText());
            }
        }
        return rules;
    }

    /** The findings of budget-service's own rules (rule ids {@code budget.…}) as "rule severity". */
    private static Set<String> budgetFindings(JsonNode report) {
        Set<String> out = new TreeSet<>();
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().startsWith("budget.")) {
                out.add(f.get("rule").asText() + " " + f.get("severity").asText());
            }
        }
        return out;
    }

    private static JsonNode json(String body) {
        try {
            return Events.JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
