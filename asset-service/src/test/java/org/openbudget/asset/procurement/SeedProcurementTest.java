package org.openbudget.asset.procurement;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.openbudget.asset.support.Api.api;
import static org.openbudget.asset.support.Api.dec;

/**
 * Section 六 of the seed: "2022年，高邑县政府办安排政府采购预算0.00万元" with the table printed empty
 * ("注：无政府采购预算，空表列示。"), and section 七: "本年度拟购置固定资产总额为 0.00 万元".
 */
@QuarkusTest
class SeedProcurementTest {

    @Test
    void theEmptySeedTableRoundTripsWithZeroTotals() {
        api().body("{\"unit\": \"万元\", \"items\": []}").put("/api/v1/procurement/434/2022").then().statusCode(201)
                .body("status", equalTo("draft")).body("revision", equalTo(1));

        api().queryParam("unit", "万元").get("/api/v1/procurement/434/2022").then().statusCode(200)
                .body("department", equalTo("434")).body("year", equalTo(2022))
                .body("unit", equalTo("万元"))
                .body("items", empty())
                .body("totals.items", equalTo(0))
                .body("totals.amount", equalTo(dec("0.00")))
                .body("totals.smeReserved", equalTo(dec("0.00")))
                .body("totals.plannedFixedAssets", equalTo(dec("0.00")))
                .body("totals.goods.amount", equalTo(dec("0.00")))
                .body("totals.works.amount", equalTo(dec("0.00")))
                .body("totals.services.amount", equalTo(dec("0.00")))
                .body("totals.funding.generalBudget", equalTo(dec("0.00")));

        api().get("/api/v1/procurement/434/2022/validation").then().statusCode(200)
                .body("errors", equalTo(0)).body("findings", empty());
        api().body("{\"unit\": \"万元\", \"items\": []}").put("/api/v1/procurement/434/2022").then().statusCode(200)
                .body("version", equalTo(1));
    }
}
