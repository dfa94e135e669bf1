package org.openbudget.performance.targets;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Reads {@code performance.events} from the real broker, from the beginning, keeping only the records
 * of one key (the topic holds every earlier run's events too).
 */
public final class EventLog {

    private EventLog() {
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static List<ConsumerRecord<String, String>> await(String key, int count) {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        String topic = ConfigProvider.getConfig().getValue("openbudget.events.topic", String.class);
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            try (ConsumerTask<String, String> task = companion.consumeStrings()
                    .withGroupId("performance-test-" + UUID.randomUUID())
                    .withProp("auto.offset.reset", "earliest")
                    .fromTopics(topic, records -> records.select().where(r -> key.equals(r.key())))) {
                task.awaitRecords(count, Duration.ofSeconds(60));
                // give a stray extra event the chance to show up: callers expect exactly `count`
                sleep(Duration.ofMillis(1500));
                return List.copyOf(task.getRecords());
            }
        }
    }
}
