package org.openbudget.budget.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openbudget.budget.SeedFixture;
import org.openbudget.common.testing.security.AuthorizationMatrix;
import org.openbudget.common.testing.security.ExplicitTokens;
import org.openbudget.common.testing.security.Principal;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openbudget.common.testing.security.AuthorizationMatrix.ADMINS;
import static org.openbudget.common.testing.security.AuthorizationMatrix.ADMINS_AND_AUDITORS;
import static org.openbudget.common.testing.security.AuthorizationMatrix.DRAFT_READERS;
import static org.openbudget.common.testing.security.AuthorizationMatrix.EDITORS;
import static org.openbudget.common.testing.security.AuthorizationMatrix.PUBLIC;
import static org.openbudget.common.testing.security.AuthorizationMatrix.REVIEWERS;

/**
 * Every operation of budget-service × every principal, twice: on a department-year that is only a draft (every read
 * of it is a draft read) and on one whose adjustment 0 is published while adjustment 1 is drafted (its reads are
 * public: they show the published adjustment). The writes come after the reads in both, in workflow order (submit,
 * approve, return, publish, adjust, then line edits on the new draft), so that the allowed callers really act.
 */
@QuarkusTest
@ExplicitTokens
class AuthorizationMatrixTest {

    private static final int DRAFT_YEAR = 2095;
    private static final int PUBLISHED_YEAR = 2096;

    @Test
    void aDraftOnlyBudgetIsReadByItsDraftReadersOnly() throws Exception {
        Callers.departments();
        Callers.budget(Callers.DEPT, DRAFT_YEAR, Callers.Stage.DRAFT);
        int cells = matrix(DRAFT_YEAR, DRAFT_READERS).run();
        assertEquals(AuthorizationMatrix.operations().size() * Principal.values().length, cells);
        // the allowed callers really acted: the editor submitted, the reviewer approved, the editor published and
        // started adjustment 1, whose line edits followed
        JsonNode now = Callers.current(Callers.DEPT, DRAFT_YEAR);
        assertEquals(1, now.get("adjustment").asInt());
        assertEquals("draft", now.get("status").asText());
    }

    @Test
    void aPublishedBudgetIsReadByEveryoneWhileItsAdjustmentIsDrafted() throws Exception {
        Callers.departments();
        Callers.budget(Callers.DEPT, PUBLISHED_YEAR, Callers.Stage.ADJUSTING);
        int cells = matrix(PUBLISHED_YEAR, PUBLIC).run();
        assertEquals(AuthorizationMatrix.operations().size() * Principal.values().length, cells);
        JsonNode now = Callers.current(Callers.DEPT, PUBLISHED_YEAR);
        assertEquals(2, now.get("adjustment").asInt(), "adjustment 1 submitted, approved, published; 2 started");
        assertEquals("draft", now.get("status").asText());
    }

    /** {@code budgetReaders}: who may read the fixture budget's figures, which depends on what is published. */
    private static AuthorizationMatrix matrix(int year, Set<Principal> budgetReaders) {
        String budget = "/api/v1/budgets/{dept}/{year}";
        String lines = budget + "/lines";
        return new AuthorizationMatrix()
                .path("dept", Callers.DEPT).path("year", Integer.toString(year)).path("adjustment", "0")
                .path("number", "1").path("code", "30201").path("item", "reception")
                .path("scheme", "economic")
                // catalogs and departments: public reads, admins write
                .expect("GET /api/v1/classifications/{scheme}", PUBLIC, r -> r.queryParam("year", 2022))
                .expect("GET /api/v1/classifications/{scheme}/years", PUBLIC)
                // a year of its own: the catalogs the other tests use stay as they are
                .expect("PUT /api/v1/classifications/{scheme}/{year}", ADMINS, r -> r.contentType("text/csv")
                        .body("code,name,level\n301,工资福利支出,类\n302,商品和服务支出,类\n30201,办公费,款\n"))
                // the matrix has one value per path parameter: {code} is the line code 30201 below, so the
                // department of these two is one called 30201 (created by the admin's PUT, which runs first)
                .expect("PUT /api/v1/departments/{code}", ADMINS, r -> r.contentType(ContentType.JSON).body("""
                        {"name": "测试部门30201", "region": {"code": "990100", "name": "测试县990100"},
                         "units": [{"name": "测试部门30201本级", "nature": "行政"}]}"""))
                .expect("GET /api/v1/departments/{code}", PUBLIC)
                .expect("GET /api/v1/departments", PUBLIC)
                .expect("GET /api/v1/admin/outbox", ADMINS_AND_AUDITORS)
                // bulk (issue 16): a budget item needs the department's editor, as its single PUT; a year of its own
                .expect("POST /api/v1/bulk", EDITORS, r -> r.contentType(ContentType.JSON).body("{\"items\": [{\"department\": \""
                        + Callers.DEPT + "\", \"year\": " + (year + 2) + ", \"budget\": " + SeedFixture.seedBudget() + "}]}"))
                // reads of the budget's figures
                .expect("GET " + budget, budgetReaders)
                .expect("GET /api/v1/budgets", PUBLIC, r -> r.queryParam("year", year))
                .expect("GET " + budget + "/adjustments", budgetReaders)
                .expect("GET " + budget + "/adjustments/{adjustment}", budgetReaders)
                .expect("GET " + budget + "/tables", budgetReaders)
                .expect("GET " + budget + "/tables/{number}", budgetReaders)
                .expect("GET " + budget + "/validation", budgetReaders)
                // writes and the workflow, in the order the workflow takes them
                .expect("PUT " + budget, EDITORS, r -> r.contentType(ContentType.JSON).body(SeedFixture.seedBudget()))
                .expect("POST " + budget + "/submit", EDITORS)
                .expect("POST " + budget + "/approve", REVIEWERS,
                        r -> r.contentType(ContentType.JSON).body("{\"approvalDate\": \"2022-01-20\"}"))
                .expect("POST " + budget + "/return", REVIEWERS)
                .expect("POST " + budget + "/publish", EDITORS)
                .expect("POST " + budget + "/adjustments", EDITORS)
                .expect("PUT " + lines + "/functional/{code}", EDITORS, r -> r.contentType(ContentType.JSON)
                        .body("{\"code\": \"30201\", \"name\": \"测试\", \"expenditure\": {\"generalBudget\": {\"basic\": 1.00}}}"))
                .expect("DELETE " + lines + "/functional/{code}", EDITORS)
                .expect("PUT " + lines + "/economic/{code}", EDITORS, r -> r.contentType(ContentType.JSON)
                        .body("{\"code\": \"30201\", \"name\": \"办公费\", \"publicUse\": 9.62}"))
                .expect("DELETE " + lines + "/economic/{code}", EDITORS)
                .expect("PUT " + lines + "/three-public/{item}", EDITORS, r -> r.contentType(ContentType.JSON)
                        .body("{\"item\": \"reception\", \"generalBudget\": 0.41}"))
                .expect("DELETE " + lines + "/three-public/{item}", EDITORS)
                .expect("PUT " + lines + "/prior-year/{item}", EDITORS, r -> r.contentType(ContentType.JSON)
                        .body("{\"item\": \"reception\", \"amount\": 0.33, \"reason\": \"接待减少\"}"))
                .expect("DELETE " + lines + "/prior-year/{item}", EDITORS)
                .expect("PUT " + lines + "/revenue", EDITORS, r -> r.contentType(ContentType.JSON)
                        .body("{\"generalBudget\": 394.30}"))
                .expect("PUT " + lines + "/carry-over", EDITORS, r -> r.contentType(ContentType.JSON)
                        .body("{\"priorYear\": 1.00}"));
    }
}
