package org.openbudget.budget.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.openbudget.budget.Json;
import org.openbudget.common.testing.security.ExplicitTokens;
import org.openbudget.common.testing.security.Principal;
import org.openbudget.common.testing.security.Tokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.openbudget.budget.security.Callers.BUDGET;
import static org.openbudget.budget.security.Callers.DEPT;
import static org.openbudget.budget.security.Callers.as;

/**
 * The audit trail: each change's outbox row and its event on Kafka say who made it — the token's subject and the
 * client it was issued to ({@code tests-web} for the test realm's people, {@code tests-all} for the default client).
 */
@QuarkusTest
@ExplicitTokens
class ActorTest {

    @Inject
    AgroalDataSource db;

    /** One outbox row: who, by the columns and by the envelope it stores. */
    private record Row(String subject, String client, JsonNode event) {
    }

    @Test
    void theOutboxRowAndTheEventCarryWhoMadeTheChange() throws Exception {
        int year = 2080;
        Callers.departments();
        Callers.budget(DEPT, year, Callers.Stage.DRAFT);                                           // default client
        as(Principal.EDITOR).contentType(ContentType.JSON).body("{\"generalBudget\": 394.30, \"other\": 1.00}")
                .put(BUDGET + "/lines/revenue", DEPT, year).then().statusCode(200);               // the editor
        as(Principal.REVIEWER).post(BUDGET + "/submit", DEPT, year).then().statusCode(403);     // refused: no event

        String tests = Callers.subject(Tokens.tests());
        String editor = Callers.subject(Tokens.of(Principal.EDITOR));
        String key = DEPT + ":" + year;
        List<Row> rows = rows(key);
        assertEquals(2, rows.size(), "the creation and the line edit, nothing for the refused requests");
        check(rows.get(0), tests, "tests-all");
        check(rows.get(1), editor, "tests-web");

        // and on the wire, as the aggregation service receives it (this run's two events: the tests' broker keeps
        // earlier runs' events of the same key, the database does not)
        List<String> ids = rows.stream().map(r -> r.event().path("id").asText()).toList();
        List<JsonNode> events = events(key, ids);
        assertEquals(2, events.size(), "the two events of " + key + " on budget.events");
        assertEquals(tests, events.get(0).path("actor").asText());
        assertEquals("tests-all", events.get(0).path("actorclient").asText());
        assertEquals(editor, events.get(1).path("actor").asText());
        assertEquals("tests-web", events.get(1).path("actorclient").asText());
    }

    private static void check(Row row, String subject, String client) {
        assertNotNull(subject);
        assertEquals(subject, row.subject(), "actor_subject");
        assertEquals(client, row.client(), "actor_client");
        assertEquals(subject, row.event().path("actor").asText(), "the event's actor attribute");
        assertEquals(client, row.event().path("actorclient").asText(), "the event's actorclient attribute");
    }

    private List<Row> rows(String key) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select actor_subject, actor_client, payload from outbox_event"
                     + " where message_key = ? order by position")) {
            s.setString(1, key);
            List<Row> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Row(r.getString(1), r.getString(2), Json.read(r.getString(3))));
                }
            }
            return out;
        }
    }

    private static List<JsonNode> events(String key, List<String> ids) throws InterruptedException {
        try (KafkaCompanion kafka = new KafkaCompanion(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            var task = kafka.consumeStrings().withOffsetReset(OffsetResetStrategy.EARLIEST)
                    .withGroupId("budget-actor-test-" + UUID.randomUUID()).fromTopics("budget.events");
            long deadline = System.currentTimeMillis() + 30_000;
            List<JsonNode> ours = List.of();
            while (System.currentTimeMillis() < deadline && ours.size() < ids.size()) {
                Thread.sleep(200);
                ours = task.getRecords().stream().filter(r -> key.equals(r.key())).map(r -> Json.read(r.value()))
                        .filter(e -> ids.contains(e.path("id").asText())).toList();
            }
            task.close();
            return ours;
        }
    }
}
