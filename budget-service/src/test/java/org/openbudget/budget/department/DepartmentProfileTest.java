package org.openbudget.budget.department;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openbudget.budget.SeedFixture;
import org.openbudget.common.outbox.OutboxEvent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The optional profile texts of a department (section 一, 八, 九 of the disclosure). */
@QuarkusTest
class DepartmentProfileTest {

    private static final String BODY = """
            {"name": "高邑县政府办", "region": {"code": "130127", "name": "高邑县"},
             "units": [{"name": "高邑县政府办本级", "nature": "行政", "grade": "正科级", "fundingForm": "财政拨款"}],
             "duties": ["组织起草县政府领导重要讲话及其他重要文稿。", "组织承办人大代表建议和政协委员提案工作。"],
             "glossary": [{"term": "基本支出", "definition": "指为保障机构正常运转、完成日常工作而发生的人员支出和公用支出。"}],
             "otherMatters": "我部门无其他需要说明的事项。"}
            """;

    @Test
    void profileTextsAreStoredInOrderAndAnIdenticalPutChangesNothing() {
        String code = SeedFixture.uniqueCode("P");
        given().contentType(ContentType.JSON).body(BODY).put("/api/v1/departments/{code}", code).then().statusCode(201)
                .body("duties", contains("组织起草县政府领导重要讲话及其他重要文稿。", "组织承办人大代表建议和政协委员提案工作。"))
                .body("glossary[0].term", equalTo("基本支出")).body("organization", nullValue())
                .body("otherMatters", equalTo("我部门无其他需要说明的事项。"));
        given().contentType(ContentType.JSON).body(BODY).put("/api/v1/departments/{code}", code).then().statusCode(200)
                .body("version", equalTo(1));
        given().get("/api/v1/departments/{code}", code).then().statusCode(200).body("duties.size()", equalTo(2));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("messageKey", code)));

        // a blank duty or an incomplete glossary entry is refused, naming it
        given().contentType(ContentType.JSON).body(BODY.replace("\"组织承办人大代表建议和政协委员提案工作。\"", "\" \""))
                .put("/api/v1/departments/{code}", code).then().statusCode(400).body("errors[0].field", startsWith("duties[1]"));
        given().contentType(ContentType.JSON).body(BODY.replace("\"term\": \"基本支出\", ", ""))
                .put("/api/v1/departments/{code}", code).then().statusCode(400).body("errors[0].field", equalTo("glossary[0].term"));
    }
}
