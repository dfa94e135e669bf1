package org.openbudget.performance.security;

import org.openbudget.common.testing.security.DepartmentEvents;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbudget.common.security.DepartmentRegions;
import org.openbudget.common.testing.security.ExplicitTokens;
import org.openbudget.common.testing.security.Principal;
import org.openbudget.common.testing.security.Tokens;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.openbudget.common.testing.security.Principal.DEPARTMENT;
import static org.openbudget.common.testing.security.Principal.EDITOR;

/**
 * The audit trail: each change's outbox row and its event on {@code performance.events} name who made it — the
 * token's subject and the client it was issued to ({@code tests-web} for a person signed in through the web client,
 * {@code tests-all} for the tests' system client).
 */
@QuarkusTest
@ExplicitTokens
class ActorTest {

    @Inject
    DepartmentRegions regions;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void departmentsKnown() {
        DepartmentEvents.fixture(regions);
    }

    @Test
    void theOutboxRowAndTheEventCarryTheActor() throws Exception {
        String set = Fixture.set(DEPARTMENT, 2047);
        Fixture.as(EDITOR).body(Fixture.cleanSet()).put(set).then().statusCode(201);
        Fixture.asTests().post(set + "/submit").then().statusCode(200);

        List<Row> rows = rows(DEPARTMENT + ":2047");
        assertEquals(2, rows.size(), "one outbox row per change: " + rows);
        Row byEditor = rows.get(0);
        Row bySystem = rows.get(1);
        assertEquals(new Actor(subject(Tokens.of(EDITOR)), "tests-web"), byEditor.actor());
        assertEquals(new Actor(subject(Tokens.tests()), "tests-all"), bySystem.actor());
        for (Row row : rows) {
            JsonNode payload = Fixture.tree(row.payload());
            assertEquals(row.actor(), new Actor(payload.path("actor").asText(null), payload.path("actorclient").asText(null)),
                    "the event in the outbox row");
            assertEquals("urn:openbudget:events:performance:targets-changed:v1", payload.path("dataschema").asText(),
                    "dataschema names the data's JSON Schema (its $id; issue 17)");
        }

        // and as published: the topic keeps earlier runs' events of this key too, so match by event id
        Map<String, Actor> published = published(DEPARTMENT + ":2047", Set.of(byEditor.eventId(), bySystem.eventId()));
        assertEquals(byEditor.actor(), published.get(byEditor.eventId()));
        assertEquals(bySystem.actor(), published.get(bySystem.eventId()));
    }

    private record Actor(String subject, String client) {
    }

    private record Row(String eventId, Actor actor, String payload) {
    }

    private List<Row> rows(String key) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select event_id, actor_subject, actor_client, payload "
                     + "from outbox_event where message_key = ? order by position")) {
            s.setString(1, key);
            List<Row> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Row(r.getString(1), new Actor(r.getString(2), r.getString(3)), r.getString(4)));
                }
            }
            return out;
        }
    }

    /** The actor attributes of the events with these ids, read from the broker. */
    private static Map<String, Actor> published(String key, Set<String> ids) {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        String topic = ConfigProvider.getConfig().getValue("openbudget.events.topic", String.class);
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap);
             ConsumerTask<String, String> task = companion.consumeStrings()
                     .withGroupId("performance-actor-test-" + UUID.randomUUID())
                     .withProp("auto.offset.reset", "earliest")
                     .fromTopics(topic, records -> records.select()
                             .where(r -> key.equals(r.key()) && ids.contains(Fixture.tree(r.value()).path("id").asText())))) {
            task.awaitRecords(ids.size(), Duration.ofSeconds(60));
            Map<String, Actor> out = new HashMap<>();
            for (ConsumerRecord<String, String> record : task.getRecords()) {
                JsonNode event = Fixture.tree(record.value());
                out.put(event.path("id").asText(), new Actor(event.path("actor").asText(null),
                        event.path("actorclient").asText(null)));
            }
            return out;
        }
    }

    /** The {@code sub} claim of a token (its payload is base64url JSON). */
    private static String subject(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        String sub = Fixture.tree(payload).path("sub").asText(null);
        assertNotNull(sub, "token without sub: " + payload);
        return sub;
    }
}
