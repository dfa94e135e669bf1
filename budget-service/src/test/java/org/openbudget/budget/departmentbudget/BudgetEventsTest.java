package org.openbudget.budget.departmentbudget;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbudget.budget.Json;
import org.openbudget.budget.SeedFixture;
import org.openbudget.budget.event.EventSchemas;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openbudget.budget.Json.amount;
import static org.openbudget.budget.Json.dec;

/** Every committed change reaches Kafka as DepartmentBudgetChanged, keyed {dept}:{year}, with increasing versions. */
@QuarkusTest
class BudgetEventsTest {

    private static KafkaCompanion kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void eachChangeIsAnEventWithTheWholeBudgetAndAHigherVersion() throws Exception {
        String dept = SeedFixture.departmentWithSeedBudget("E");                              // v1 draft
        String path = "/api/v1/budgets/{dept}/{year}";
        given().contentType(ContentType.JSON).body("{\"item\": \"reception\", \"amount\": 0.33, \"reason\": \"接待减少\"}")
                .put(path + "/lines/prior-year/reception", dept, 2022).then().statusCode(200);     // v2
        given().post(path + "/submit", dept, 2022).then().statusCode(200);                     // v3
        given().contentType(ContentType.JSON).post(path + "/approve", dept, 2022).then().statusCode(200); // v4, empty body
        given().post(path + "/publish", dept, 2022).then().statusCode(200);                    // v5
        given().post(path + "/adjustments", dept, 2022).then().statusCode(201);                // v6 draft adjustment 1

        String key = dept + ":2022";
        var task = kafka.consumeStrings().withOffsetReset(OffsetResetStrategy.EARLIEST)
                .withGroupId("budget-events-test-" + UUID.randomUUID()).fromTopics("budget.events");
        long deadline = System.currentTimeMillis() + 30_000;
        List<ConsumerRecord<String, String>> ours = List.of();
        while (System.currentTimeMillis() < deadline) {
            ours = task.getRecords().stream().filter(r -> key.equals(r.key())).toList();
            if (ours.size() >= 6) {
                break;
            }
            Thread.sleep(200);
        }
        task.close();
        assertEquals(6, ours.size(), "six changes of " + key + " on budget.events");

        String[] statuses = {"draft", "draft", "submitted", "approved", "published", "draft"};
        for (int i = 0; i < ours.size(); i++) {
            JsonNode event = Json.read(ours.get(i).value());
            assertEquals("org.openbudget.budget.department-budget.changed.v1", event.get("type").asText());
            assertEquals(key, event.get("subject").asText());
            assertEquals(i + 1, event.at("/data/version").asLong(), "versions increase one by one");
            assertEquals(statuses[i], event.at("/data/status").asText());
            assertEquals(i + 1, event.at("/data/budget/version").asLong());
            assertEquals("元", event.at("/data/budget/unit").asText(), "events carry the canonical unit");
            assertEquals("万元", event.at("/data/budget/inputUnit").asText());
            assertEquals(dec("3943000.00"), amount(event, "/data/budget/revenue/generalBudget"));
            assertEquals(22, event.at("/data/budget/functional/lines").size(), "the whole budget, not a diff");
            assertEquals(java.util.Set.of(), EventSchemas.validate("department-budget-changed", event.get("data")),
                    "event " + (i + 1) + " matches the published JSON Schema");
        }
        JsonNode second = Json.read(ours.get(1).value());
        assertEquals("接待减少", second.at("/data/budget/priorYear/6/reason").asText());
        assertEquals(dec("3300.00"), amount(second, "/data/budget/priorYear/6/amount"));
        assertTrue(Json.read(ours.get(0).value()).at("/data/published").isMissingNode()
                || Json.read(ours.get(0).value()).at("/data/published").isNull(), "nothing published yet");

        JsonNode published = Json.read(ours.get(4).value());
        assertEquals(published.at("/data/budget"), published.at("/data/published"));
        assertTrue(published.at("/data/budget/approvalDate").asText().matches("\\d{4}-\\d{2}-\\d{2}"), "approval date recorded");

        JsonNode adjusted = Json.read(ours.get(5).value());
        assertEquals(1, adjusted.at("/data/adjustment").asInt());
        assertEquals("draft", adjusted.at("/data/budget/status").asText());
        assertEquals("published", adjusted.at("/data/published/status").asText(), "the public version travels along");
        assertEquals(0, adjusted.at("/data/published/adjustment").asInt());
        assertNull(amount(adjusted, "/data/budget/revenue/governmentFund"));
    }
}
