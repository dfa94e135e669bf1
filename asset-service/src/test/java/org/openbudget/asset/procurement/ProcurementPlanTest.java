package org.openbudget.asset.procurement;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.openbudget.asset.support.Api.api;
import static org.openbudget.asset.support.Api.dec;
import static org.openbudget.asset.support.Api.uniqueDepartment;

/**
 * A plan with goods, works and services entered in 元. Expected totals computed by hand:
 * <pre>
 * 1 货物 台式计算机  10 × 5 800.00 =  58 000.00  一般公共预算 58 000.00                    SME 58 000.00  asset
 * 2 货物 打印机       3 × 2 350.50 =   7 051.50  一般公共预算 5 000.00 + 单位资金 2 051.50  SME      0.00  asset
 * 3 工程 屋面防水     1 × 150 000  = 150 000.00  一般公共预算 100 000 + 财政拨款结转 50 000  SME 150 000.00
 * 4 服务 物业管理     1 × 86 400   =  86 400.00  一般公共预算 86 400.00                    SME 30 000.00
 * 5 服务 印刷         1 × 12 000   =  12 000.00  单位资金 12 000.00                        SME (blank)
 * 货物 65 051.50 (SME 58 000.00) · 工程 150 000.00 (SME 150 000.00) · 服务 98 400.00 (SME 30 000.00)
 * 合计 313 451.50 · SME 238 000.00 · 拟购置固定资产 65 051.50
 * 一般公共预算 249 400.00 · 单位资金 14 051.50 · 财政拨款结转 50 000.00
 * </pre>
 */
@QuarkusTest
public class ProcurementPlanTest {

    public static final String PLAN = """
            {"unit": "元", "items": [
              {"projectName": "办公设备购置", "projectBudget": 70000.00, "itemName": "台式计算机", "catalogCode": "A02010104",
               "kind": "货物", "measureUnit": "台", "quantity": 10, "unitPrice": 5800.00, "amount": 58000.00,
               "funding": {"generalBudget": 58000.00}, "smeReserved": 58000.00, "fixedAsset": true},
              {"projectName": "办公设备购置", "projectBudget": 70000.00, "itemName": "打印机", "catalogCode": "A02021001",
               "kind": "货物", "measureUnit": "台", "quantity": 3, "unitPrice": 2350.50, "amount": 7051.50,
               "funding": {"generalBudget": 5000.00, "unitFunds": 2051.50}, "smeReserved": 0.00, "fixedAsset": true},
              {"projectName": "办公楼维修", "projectBudget": 150000.00, "itemName": "办公楼屋面防水维修", "catalogCode": "B0703",
               "kind": "工程", "measureUnit": "项", "quantity": 1, "unitPrice": 150000.00, "amount": 150000.00,
               "funding": {"generalBudget": 100000.00, "fiscalCarryOver": 50000.00}, "smeReserved": 150000.00},
              {"projectName": "机关运行保障", "projectBudget": 100000.00, "itemName": "物业管理服务", "catalogCode": "C1204",
               "kind": "服务", "measureUnit": "项", "quantity": 1, "unitPrice": 86400.00, "amount": 86400.00,
               "funding": {"generalBudget": 86400.00}, "smeReserved": 30000.00},
              {"projectName": "机关运行保障", "projectBudget": 100000.00, "itemName": "印刷服务", "catalogCode": "C081401",
               "kind": "服务", "measureUnit": "批", "quantity": 1, "unitPrice": 12000.00, "amount": 12000.00,
               "funding": {"unitFunds": 12000.00}}
            ]}
            """;

    @Test
    void totalsByKindFundingAndSmeShareAreTheHandComputedOnes() {
        String dept = uniqueDepartment();
        api().body(PLAN).put("/api/v1/procurement/{d}/2022", dept).then().log().ifValidationFails().statusCode(201)
                .body("items", hasSize(5)).body("items[4].lineNo", equalTo(5)).body("items[0].quantity", equalTo(10));
        // the same plan again is recognised as identical: no new version, no event
        api().body(PLAN).put("/api/v1/procurement/{d}/2022", dept).then().statusCode(200).header("ETag", "\"1\"");
        org.junit.jupiter.api.Assertions.assertEquals(1, org.openbudget.asset.support.Api.outboxRows(dept + ":2022"));

        api().get("/api/v1/procurement/{d}/2022", dept).then().statusCode(200)
                .body("totals.items", equalTo(5))
                .body("totals.amount", equalTo(dec("313451.50")))
                .body("totals.smeReserved", equalTo(dec("238000.00")))
                .body("totals.plannedFixedAssets", equalTo(dec("65051.50")))
                .body("totals.goods.items", equalTo(2))
                .body("totals.goods.amount", equalTo(dec("65051.50")))
                .body("totals.goods.smeReserved", equalTo(dec("58000.00")))
                .body("totals.works.amount", equalTo(dec("150000.00")))
                .body("totals.works.smeReserved", equalTo(dec("150000.00")))
                .body("totals.services.items", equalTo(2))
                .body("totals.services.amount", equalTo(dec("98400.00")))
                .body("totals.services.smeReserved", equalTo(dec("30000.00")))
                .body("totals.funding.generalBudget", equalTo(dec("249400.00")))
                .body("totals.funding.unitFunds", equalTo(dec("14051.50")))
                .body("totals.funding.fiscalCarryOver", equalTo(dec("50000.00")))
                .body("totals.funding.governmentFund", equalTo(dec("0.00")))
                .body("items[4].smeReserved", nullValue())
                .body("items[4].funding.generalBudget", nullValue());

        // the same in 万元, exactly: 313 451.50 元 = 31.34515 万元
        api().queryParam("unit", "万元").get("/api/v1/procurement/{d}/2022", dept).then().statusCode(200)
                .body("totals.amount", equalTo(dec("31.34515")))
                .body("totals.works.amount", equalTo(dec("15.00")))
                .body("totals.services.amount", equalTo(dec("9.84")))
                .body("totals.smeReserved", equalTo(dec("23.80")))
                .body("items[1].unitPrice", equalTo(dec("0.23505")));

        api().get("/api/v1/procurement/{d}/2022/validation", dept).then().statusCode(200)
                .body("errors", equalTo(0)).body("warnings", equalTo(0)).body("findings", hasSize(0));

        api().queryParam("kind", "服务").get("/api/v1/procurement/{d}/2022/items", dept).then().statusCode(200)
                .body("itemName", equalTo(java.util.List.of("物业管理服务", "印刷服务")));
        api().queryParam("fixedAsset", "true").get("/api/v1/procurement/{d}/2022/items", dept).then().statusCode(200)
                .body("lineNo", equalTo(java.util.List.of(1, 2)));
    }

    @Test
    void aWrongLineTotalIsReportedAndKeptAsEntered() {
        String dept = uniqueDepartment();
        api().body(PLAN).put("/api/v1/procurement/{d}/2022", dept).then().statusCode(201);
        // 3 × 2 350.50 is 7 051.50; the line says 7 015.50 (digits swapped), funded to match
        String wrong = """
                {"unit": "元", "item": {"projectName": "办公设备购置", "projectBudget": 70000.00, "itemName": "打印机",
                 "catalogCode": "A02021001", "kind": "货物", "measureUnit": "台", "quantity": 3, "unitPrice": 2350.50,
                 "amount": 7015.50, "funding": {"generalBudget": 5000.00, "unitFunds": 2015.50}, "smeReserved": 0.00,
                 "fixedAsset": true}}
                """;
        api().body(wrong).put("/api/v1/procurement/{d}/2022/items/2", dept).then().statusCode(200)
                .body("items[1].amount", equalTo(dec("7015.50")))
                .body("totals.goods.amount", equalTo(dec("65015.50")));

        api().get("/api/v1/procurement/{d}/2022/validation", dept).then().statusCode(200)
                .body("errors", equalTo(1))
                .body("findings[0].rule", equalTo("PROC-LINE-TOTAL"))
                .body("findings[0].severity", equalTo("error"))
                .body("findings[0].field", equalTo("items[1].amount"))
                .body("findings[0].expected", equalTo(dec("7051.50")))
                .body("findings[0].actual", equalTo(dec("7015.50")));
        api().get("/api/v1/procurement/{d}/2022/items/2", dept).then().statusCode(200)
                .body("amount", equalTo(dec("7015.50")));
    }

    @Test
    void linesEnteredInWanYuanAllowOneHundredthOfAWanAsRounding() {
        String dept = uniqueDepartment();
        // 3 × 0.33 = 0.99 printed as 1.00: a rounding gap of 0.01 万元; 2 × 0.50 = 1.00 printed as 1.10: an error
        String plan = """
                {"unit": "万元", "items": [
                  {"itemName": "碎纸机", "kind": "货物", "catalogCode": "A02021101", "quantity": 3, "unitPrice": 0.33,
                   "amount": 1.00, "funding": {"generalBudget": 1.00}},
                  {"itemName": "复印纸", "kind": "货物", "catalogCode": "A05040101", "quantity": 2, "unitPrice": 0.50,
                   "amount": 1.10, "funding": {"generalBudget": 1.10}, "smeReserved": 1.20}
                ]}
                """;
        api().body(plan).put("/api/v1/procurement/{d}/2022", dept).then().statusCode(201);
        api().queryParam("unit", "万元").get("/api/v1/procurement/{d}/2022/validation", dept).then().statusCode(200)
                .body("roundingInfos", equalTo(1)).body("errors", equalTo(2))
                .body("findings.rule", equalTo(java.util.List.of("PROC-LINE-TOTAL", "PROC-LINE-TOTAL", "PROC-SME-SHARE")))
                .body("findings.severity", equalTo(java.util.List.of("rounding-info", "error", "error")))
                .body("findings[0].expected", equalTo(dec("0.99")))
                .body("findings[1].field", equalTo("items[1].amount"))
                .body("findings[2].field", equalTo("items[1].smeReserved"));
    }

    @Test
    void workflowMovesForwardOnlyAndAPublishedPlanChangesThroughAnAdjustedRevision() {
        String dept = uniqueDepartment();
        String base = "/api/v1/procurement/{d}/2022";
        api().body(PLAN).put(base, dept).then().statusCode(201).body("version", equalTo(1));

        api().post(base + "/approve", dept).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:openbudget:problem:illegal-transition"));
        api().post(base + "/publish", dept).then().statusCode(409);
        api().post(base + "/submit", dept).then().statusCode(200).body("status", equalTo("submitted")).body("version", equalTo(2));
        api().post(base + "/submit", dept).then().statusCode(409);
        // issue 15: budget-service's slugs — budget-not-editable (was not-editable), adjustment-not-allowed (was not-adjustable)
        api().body(PLAN).put(base, dept).then().statusCode(409).body("type", equalTo("urn:openbudget:problem:budget-not-editable"))
                .body("errors[0].field", equalTo("status"));
        api().delete(base + "/items/1", dept).then().statusCode(409);
        api().post(base + "/adjustments", dept).then().statusCode(409)
                .body("type", equalTo("urn:openbudget:problem:adjustment-not-allowed"));
        api().queryParam("approvedOn", "2022-02-10").post(base + "/approve", dept).then().statusCode(200)
                .body("status", equalTo("approved")).body("approvedOn", equalTo("2022-02-10"));
        api().post(base + "/publish", dept).then().statusCode(200).body("status", equalTo("published"))
                .body("publishedAt", org.hamcrest.Matchers.notNullValue()).body("version", equalTo(4));

        // issue 15: budget-not-editable (was published-immutable), naming the adjustment
        api().body(PLAN).put(base, dept).then().statusCode(409).body("type", equalTo("urn:openbudget:problem:budget-not-editable"))
                .body("detail", containsString("POST …/adjustments"));
        api().post(base + "/adjustments", dept).then().statusCode(201)
                .body("revision", equalTo(2)).body("adjusted", equalTo(true)).body("status", equalTo("draft"))
                .body("version", equalTo(5)).body("items", hasSize(5));
        api().delete(base + "/items/5", dept).then().statusCode(200).body("items", hasSize(4))
                .body("totals.amount", equalTo(dec("301451.50")));

        // the published revision is untouched and still listed
        api().get(base + "/revisions", dept).then().statusCode(200)
                .body("revision", equalTo(java.util.List.of(1, 2)))
                .body("status", equalTo(java.util.List.of("published", "draft")))
                .body("[0].totals.amount", equalTo(dec("313451.50")));
        api().get(base + "/revisions/1", dept).then().statusCode(200).body("items", hasSize(5));
        api().queryParam("department", dept).get("/api/v1/procurement").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].revision", equalTo(2));
        api().queryParam("department", dept).queryParam("status", "published").get("/api/v1/procurement").then()
                .statusCode(200).body("total", equalTo(0));
    }

    /** Issue 15, one workflow for the three owners: a submitted plan goes back to draft (before, it had no way back). */
    @Test
    void submittedPlanCanBeReturned() {
        String dept = uniqueDepartment();
        String base = "/api/v1/procurement/{d}/2022";
        api().body(PLAN).put(base, dept).then().statusCode(201);
        api().post(base + "/return", dept).then().statusCode(409)
                .body("type", equalTo("urn:openbudget:problem:illegal-transition"))
                .body("errors[0].message", equalTo("is draft, return needs submitted"));
        api().post(base + "/submit", dept).then().statusCode(200).body("version", equalTo(2));
        api().header("If-Match", "\"1\"").post(base + "/return", dept).then().statusCode(412)
                .body("type", equalTo("urn:openbudget:problem:version-mismatch"));
        api().header("If-Match", "\"2\"").post(base + "/return", dept).then().statusCode(200)
                .header("ETag", "\"3\"").body("status", equalTo("draft")).body("revision", equalTo(1));
        // a draft again: edited in place
        api().delete(base + "/items/5", dept).then().statusCode(200).body("items", hasSize(4)).body("revision", equalTo(1));
    }

    /**
     * Issue 15: an approved plan changes only through an adjustment (调整预算) — before, an adjustment needed a published
     * plan (409 not-adjustable); return does not take it back to draft. The approved revision stays as it is.
     */
    @Test
    void approvedPlanIsAdjustedNotReturned() {
        String dept = uniqueDepartment();
        String base = "/api/v1/procurement/{d}/2022";
        api().body(PLAN).put(base, dept).then().statusCode(201);
        api().post(base + "/submit", dept).then().statusCode(200);
        api().queryParam("approvedOn", "2022-02-10").post(base + "/approve", dept).then().statusCode(200);
        api().post(base + "/return", dept).then().statusCode(409)
                .body("type", equalTo("urn:openbudget:problem:illegal-transition"))
                .body("detail", containsString("an approved version goes back to draft only through an adjustment"));
        api().post(base + "/adjustments", dept).then().statusCode(201)
                .body("revision", equalTo(2)).body("adjusted", equalTo(true)).body("status", equalTo("draft"))
                .body("version", equalTo(4)).body("approvedOn", nullValue()).body("items", hasSize(5));
        api().get(base + "/revisions", dept).then().statusCode(200)
                .body("status", equalTo(java.util.List.of("approved", "draft")))
                .body("[0].approvedOn", equalTo("2022-02-10"));
    }

    @Test
    void singleLineEditsAppendAndRenumber() {
        String dept = uniqueDepartment();
        String base = "/api/v1/procurement/{d}/2023";
        api().body("{\"unit\": \"万元\", \"items\": []}").put(base, dept).then().statusCode(201);
        String line = """
                {"unit": "万元", "item": {"itemName": "公务用车", "kind": "货物", "catalogCode": "A02030500",
                 "measureUnit": "辆", "quantity": 1, "unitPrice": 18.00, "amount": 18.00,
                 "funding": {"generalBudget": 18.00}, "fixedAsset": true}}
                """;
        api().header("If-Match", "\"1\"").body(line).post(base + "/items", dept).then().statusCode(201)
                .header("ETag", "\"2\"").body("items[0].lineNo", equalTo(1));
        api().header("If-Match", "\"1\"").body(line).post(base + "/items", dept).then().statusCode(412);
        api().queryParam("unit", "万元").get(base, dept).then().statusCode(200)
                .body("totals.plannedFixedAssets", equalTo(dec("18.00"))).body("items[0].enteredUnit", equalTo("万元"));
        api().get(base + "/items/2", dept).then().statusCode(404).contentType("application/problem+json");
    }
}
