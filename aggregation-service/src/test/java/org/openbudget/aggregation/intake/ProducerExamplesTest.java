package org.openbudget.aggregation.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.Events;
import org.openbudget.aggregation.readmodel.AggregateView;
import org.openbudget.disclosure.event.EventType;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The consumer side of the event contract (DESIGN §5): every example event of the three producers, kept next to
 * the shared JSON Schemas in disclosure-model, is read and applied by the intake, none is refused.
 */
@QuarkusTest
class ProducerExamplesTest {

    private static final Map<String, String> TOPICS = Map.of(
            "budget-service", "budget.events", "performance-service", "performance.events", "asset-service", "asset.events");

    @Test
    void everyProducerExampleIsApplied() throws Exception {
        try (KafkaCompanion kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            Events events = new Events(kafka);
            int seen = 0;
            for (Map.Entry<String, String> producer : TOPICS.entrySet()) {
                // the examples live once, next to the shared schemas in disclosure-model
                List<Path> examples = Stream.of(EventType.values())
                        .filter(t -> t.producer().equals(producer.getKey()))
                        .map(t -> Path.of("../disclosure-model/src/main/resources", t.exampleResource()))
                        .sorted().toList();
                assertFalse(examples.isEmpty(), producer.getKey() + " keeps example events");
                for (Path example : examples) {
                    JsonNode event = Events.JSON.readTree(Files.readString(example));
                    String type = event.get("type").asText();
                    String key = event.get("subject").asText();
                    String id = events.send(producer.getValue(), type, key, (ObjectNode) event.get("data"));
                    ProcessedEvent marker = QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.findById(java.util.UUID.fromString(id)));
                    assertNotNull(marker, example + " was applied");
                    if (!type.contains(".department.changed.")) {
                        String kind = producer.getKey().replace("-service", "");
                        AggregateView view = QuarkusTransaction.requiringNew().call(() -> AggregateView.find(kind, key));
                        assertNotNull(view, example + " built the " + kind + " read model");
                        // two asset examples share a key: the read model holds the higher version of the two
                        org.junit.jupiter.api.Assertions.assertTrue(view.sourceVersion >= event.at("/data/version").asLong(),
                                example.toString());
                    }
                    seen++;
                }
            }
            assertEquals(true, seen >= 5, "department, budget, targets, holdings and procurement examples");
        }
    }
}
