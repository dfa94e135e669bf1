package org.openbudget.budget.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.openbudget.budget.Json;
import org.openbudget.budget.SeedFixture;
import org.openbudget.budget.event.EventSchemas;
import org.openbudget.common.testing.OutboxRowCount;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue #14 item 4, a behaviour added: {@code POST …/publish} with {@code {"publishedOn": …}} publishes a budget loaded
 * from the printed archive as of the day it was really published, and the event carries that day, so that the
 * platform judges its timeliness on the real dates. The caller here is the tests' default client (editor, reviewer
 * and admin of everything, as the loader is); who else is refused: {@code security.HistoryScopeTest}.
 */
@QuarkusTest
class PublishedHistoryTest {

    private static final String BUDGET = "/api/v1/budgets/{dept}/{year}";

    @Inject
    AgroalDataSource db;

    @Test
    void aBudgetPublishedIn2022KeepsItsApprovalAndPublicationDaysInTheRecordAndTheEvent() throws Exception {
        String dept = SeedFixture.departmentWithSeedBudget("H");
        given().post(BUDGET + "/submit", dept, 2022).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"approvalDate\": \"2022-01-20\"}")
                .post(BUDGET + "/approve", dept, 2022).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"publishedOn\": \"2022-02-09\"}")
                .post(BUDGET + "/publish", dept, 2022).then().statusCode(200)
                .body("status", equalTo("published"))
                // noon in Asia/Shanghai: the same calendar day in UTC and in local time
                .body("publishedAt", equalTo("2022-02-09T04:00:00Z"))
                .body("approvalDate", equalTo("2022-01-20"))
                .body("disclosureDueDate", equalTo("2022-02-09"));

        JsonNode published = lastEvent(dept + ":2022", "published");
        assertEquals("2022-02-09T04:00:00Z", published.at("/data/budget/publishedAt").asText());
        assertEquals("2022-01-20", published.at("/data/budget/approvalDate").asText());
        assertEquals(published.at("/data/budget"), published.at("/data/published"));
        assertEquals(Set.of(), EventSchemas.validate("department-budget-changed", published.get("data")),
                "the payload is unchanged: the contract schema still holds");
    }

    @Test
    void aPublicationDayInTheFutureOrBeforeTheApprovalIsA400NamingPublishedOnAndChangesNothing() {
        String dept = SeedFixture.departmentWithSeedBudget("H");
        given().post(BUDGET + "/submit", dept, 2022).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"approvalDate\": \"2022-01-20\"}")
                .post(BUDGET + "/approve", dept, 2022).then().statusCode(200);
        long events = OutboxRowCount.of(db, dept + ":2022");
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();

        for (String body : List.of("{\"publishedOn\": \"" + tomorrow + "\"}", "{\"publishedOn\": \"2022-01-19\"}",
                "{\"publishedOn\": null}", "{\"publishedOn\": \"2022-02-30\"}")) {
            given().contentType(ContentType.JSON).body(body).post(BUDGET + "/publish", dept, 2022).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", org.hamcrest.Matchers.containsString("publishedOn"));
        }
        given().get(BUDGET, dept, 2022).then().statusCode(200).body("status", equalTo("approved"))
                .body("publishedAt", org.hamcrest.Matchers.nullValue());
        assertEquals(events, OutboxRowCount.of(db, dept + ":2022"), "no event for a refused publication");

        // the day of approval itself is allowed
        given().contentType(ContentType.JSON).body("{\"publishedOn\": \"2022-01-20\"}")
                .post(BUDGET + "/publish", dept, 2022).then().statusCode(200)
                .body("publishedAt", equalTo("2022-01-20T04:00:00Z"));
    }

    /**
     * The loader's live publication (a budget of the current year, no day known) sends the JSON {@code null}: published
     * now, as a POST without a body is.
     */
    @Test
    void aJsonNullBodyPublishesNow() {
        String dept = SeedFixture.departmentWithSeedBudget("H");
        given().post(BUDGET + "/submit", dept, 2022).then().statusCode(200);
        given().contentType(ContentType.JSON).body("null").post(BUDGET + "/approve", dept, 2022).then().statusCode(200);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        given().contentType(ContentType.JSON).body("null").post(BUDGET + "/publish", dept, 2022).then().statusCode(200)
                .body("status", equalTo("published"))
                .body("approvalDate", equalTo(today))
                .body("publishedAt", org.hamcrest.Matchers.startsWith(LocalDate.now(java.time.ZoneOffset.UTC).toString()));
    }

    /** The latest event of the key with the status, from budget.events. */
    private static JsonNode lastEvent(String key, String status) throws InterruptedException {
        try (KafkaCompanion kafka = new KafkaCompanion(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            var task = kafka.consumeStrings().withOffsetReset(OffsetResetStrategy.EARLIEST)
                    .withGroupId("published-history-test-" + UUID.randomUUID()).fromTopics("budget.events");
            long deadline = System.currentTimeMillis() + 30_000;
            try {
                while (System.currentTimeMillis() < deadline) {
                    List<JsonNode> ours = task.getRecords().stream().filter(r -> key.equals(r.key()))
                            .map(ConsumerRecord::value).map(Json::read)
                            .filter(e -> status.equals(e.at("/data/status").asText())).toList();
                    if (!ours.isEmpty()) {
                        return ours.get(ours.size() - 1);
                    }
                    Thread.sleep(200);
                }
            } finally {
                task.close();
            }
        }
        throw new AssertionError("no " + status + " event of " + key + " on budget.events within 30 s");
    }
}
