package org.openbudget.budget.classification;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The catalogs through the API: the shipped lists (2022–2026), search, year fallback, replacement by an admin upload. */
@QuarkusTest
class ClassificationResourceTest {

    private static final String PATH = "/api/v1/classifications";

    @Inject
    ClassificationService service;

    @Test
    void theBundledCatalogsAreSearchable() {
        given().queryParam("year", 2022).queryParam("q", "20103").get(PATH + "/functional").then().statusCode(200)
                .body("items.code", everyItem(startsWith("20103"))).body("items[0].name", equalTo("政府办公厅（室）及相关机构事务"))
                .body("items[1].code", equalTo("2010301")).body("items[1].parent", equalTo("20103"))
                .body("items[1].verified", equalTo(true));
        given().queryParam("year", 2022).queryParam("q", "公务接待").get(PATH + "/economic").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].code", equalTo("30217"));
        given().queryParam("year", 2022).queryParam("level", "类").queryParam("pageSize", 100).get(PATH + "/functional")
                .then().statusCode(200).body("total", equalTo(30)).body("items[29].name", equalTo("抗疫特别国债安排的支出"));
        // changed (issue 14): 2025 has a catalog of its own; a year without one uses the latest earlier one
        given().queryParam("year", 2025).queryParam("q", "2110301").get(PATH + "/functional").then().statusCode(200)
                .body("items[0].name", equalTo("大气")).body("items[0].catalogYear", equalTo(2025));
        given().queryParam("year", 2029).queryParam("q", "2110301").get(PATH + "/functional").then().statusCode(200)
                .body("items[0].catalogYear", equalTo(2026));
        given().get(PATH + "/budgetary").then().statusCode(400).body("errors[0].field", equalTo("scheme"));
        given().queryParam("level", "目").get(PATH + "/functional").then().statusCode(400).body("errors[0].field", equalTo("level"));
    }

    @Test
    void anAdminReplacesOneYearsCatalogAndBadFilesChangeNothing() {
        String csv = "code,name,level\n301,工资福利支出,类\n30101,基本工资,款\n30199,其他工资福利支出,款\n";
        given().contentType("text/csv; charset=UTF-8").body(csv).put(PATH + "/economic/{year}", 2031).then().statusCode(200)
                .body("entries", equalTo(3));
        given().queryParam("year", 2032).get(PATH + "/economic").then().statusCode(200)
                .body("total", equalTo(3)).body("items.code", contains("301", "30101", "30199"))
                .body("items[0].verified", equalTo(true)).body("items[0].catalogYear", equalTo(2031));
        given().get(PATH + "/economic/years").then().statusCode(200).body("$", hasItem(2031)).body("$", hasItem(2022));

        given().contentType("text/csv; charset=UTF-8").body("code,name,level\n301,工资福利支出,类\n30201,办公费,款\n")
                .put(PATH + "/economic/{year}", 2031).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("code 30201"));
        given().queryParam("year", 2031).get(PATH + "/economic").then().body("total", equalTo(3));
        // the 2022 catalog the budgets use is untouched
        given().queryParam("year", 2022).queryParam("q", "30217").get(PATH + "/economic").then().body("total", equalTo(1));
    }

    @Test
    void aCachedCatalogIsReloadedAfterAnyChange() {
        // 2036 has no catalog of its own: the latest shipped economic list (2026, 110 codes) is used and cached
        Catalog before = service.catalog(Scheme.ECONOMIC, 2036);
        assertEquals(2026, before.year());
        assertEquals(110, before.entries().size());
        assertEquals(before, service.catalog(Scheme.ECONOMIC, 2036));

        given().contentType("text/csv; charset=UTF-8").body("code,name,level\n301,工资福利支出,类\n30101,基本工资,款\n")
                .put(PATH + "/economic/{year}", 2036).then().statusCode(200);
        Catalog replaced = service.catalog(Scheme.ECONOMIC, 2036);
        assertEquals(2036, replaced.year());
        assertEquals(2, replaced.entries().size());

        // a change made outside the API (as psql would) is seen too
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("update classification_entry set name = '基本工资（改）' where scheme = 'economic'"
                        + " and catalog_year = 2036 and code = '30101'").executeUpdate());
        assertEquals("基本工资（改）", service.catalog(Scheme.ECONOMIC, 2036).byCode().get("30101").name());

        // a change rolled back leaves the committed catalog in place
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Panache.getEntityManager()
                        .createNativeQuery("delete from classification_entry where scheme = 'economic' and catalog_year = 2036")
                        .executeUpdate();
                assertEquals(2026, service.catalog(Scheme.ECONOMIC, 2036).year());
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertEquals(2, service.catalog(Scheme.ECONOMIC, 2036).entries().size());
    }
}
