package org.openbudget.asset.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.openbudget.asset.event.AssetEvents;
import org.openbudget.common.outbox.OutboxEvent;
import org.openbudget.common.testing.security.ExplicitTokens;
import org.openbudget.common.testing.security.Principal;
import org.openbudget.common.testing.security.Tokens;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;
import static org.openbudget.asset.security.SecurityFixture.DEPT;
import static org.openbudget.asset.security.SecurityFixture.HOLDINGS;
import static org.openbudget.asset.security.SecurityFixture.as;
import static org.openbudget.asset.security.SecurityFixture.lastOutboxRow;
import static org.openbudget.asset.security.SecurityFixture.plan;
import static org.openbudget.asset.security.SecurityFixture.subject;
import static org.openbudget.asset.security.SecurityFixture.tree;
import static org.openbudget.asset.support.Api.api;

/**
 * The audit trail: the outbox row of a change (the owner's own record) and the event on Kafka name who made it —
 * the token's subject ({@code actor}) and the client it was issued to ({@code actorclient}: {@code tests-web} for
 * the users of the tests' realm, {@code tests-all} for the tests' default client-credentials token).
 */
@QuarkusTest
@ExplicitTokens
class ActorTest {

    @Test
    void aUsersChangeCarriesItsSubjectAndTheWebClient() throws InterruptedException {
        String key = DEPT + ":2071";
        as(Principal.EDITOR).body(plan("打印机", "2350.50")).put("/api/v1/procurement/" + DEPT + "/2071").then().statusCode(201);
        String user = subject(Tokens.of(Principal.EDITOR));

        OutboxEvent row = lastOutboxRow(key);
        assertNotNull(row);
        assertEquals(AssetEvents.PROCUREMENT_PLAN_CHANGED, row.eventType);
        assertEquals(user, row.actorSubject);
        assertEquals("tests-web", row.actorClient);
        JsonNode payload = tree(row.payload);
        assertEquals(user, payload.path("actor").asText());
        assertEquals("tests-web", payload.path("actorclient").asText());

        JsonNode published = onKafka(key, row.eventId.toString());
        assertEquals(user, published.path("actor").asText());
        assertEquals("tests-web", published.path("actorclient").asText());
    }

    @Test
    void aChangeWithTheDefaultTokenCarriesTheTestsClient() throws InterruptedException {
        String key = DEPT + ":2072";
        String token = Tokens.tests();
        api().auth().oauth2(token).body(HOLDINGS).put("/api/v1/assets/" + DEPT + "/2072-12-31").then().statusCode(201);

        OutboxEvent row = lastOutboxRow(key);
        assertNotNull(row);
        assertEquals(AssetEvents.HOLDINGS_CHANGED, row.eventType);
        assertEquals(subject(token), row.actorSubject);
        assertEquals("tests-all", row.actorClient);

        JsonNode published = onKafka(key, row.eventId.toString());
        assertEquals(subject(token), published.path("actor").asText());
        assertEquals("tests-all", published.path("actorclient").asText());
        assertEquals(key, published.path("subject").asText());
    }

    /** The record of this event on asset.events (the topic keeps earlier runs' events of the same key). */
    private static JsonNode onKafka(String key, String eventId) throws InterruptedException {
        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaCompanion kafka = new KafkaCompanion(servers)) {
            var task = kafka.consumeStrings().withOffsetReset(OffsetResetStrategy.EARLIEST)
                    .withGroupId("asset-actor-test-" + UUID.randomUUID()).fromTopics("asset.events");
            try {
                long deadline = System.currentTimeMillis() + 60_000;
                while (System.currentTimeMillis() < deadline) {
                    Optional<JsonNode> found = find(task.getRecords(), key, eventId);
                    if (found.isPresent()) {
                        return found.get();
                    }
                    Thread.sleep(200);
                }
            } finally {
                task.close();
            }
        }
        return fail("event " + eventId + " of " + key + " not on asset.events within 60 s");
    }

    private static Optional<JsonNode> find(List<ConsumerRecord<String, String>> records, String key, String eventId) {
        return records.stream().filter(r -> key.equals(r.key())).map(r -> tree(r.value()))
                .filter(e -> eventId.equals(e.path("id").asText())).findFirst();
    }
}
