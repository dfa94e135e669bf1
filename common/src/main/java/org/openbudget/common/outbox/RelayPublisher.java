package org.openbudget.common.outbox;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openbudget.common.event.CloudEvent;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends rows to Kafka and tells how many of them, counted from the first, Kafka acknowledged
 * ({@code acks=all}, idempotent producer). Every wait is bounded: {@code metadata-timeout} for a topic's
 * metadata (the wait that blocks while the broker is away), {@code send-timeout} for an acknowledgement.
 */
final class RelayPublisher implements AutoCloseable {

    /** {@code acknowledged} rows from the first were acknowledged; {@code failure} stopped the rest, if any. */
    record Delivery(int acknowledged, Exception failure) {
    }

    private static final int LINGER_MS = 2;

    private final Producer<String, String> producer;
    private final long acknowledgementWaitMillis;

    RelayPublisher(Map<String, Object> kafkaConfig, String bootstrapServers, String clientId,
                   Duration metadataTimeout, Duration sendTimeout) {
        int requestTimeout = (int) Math.min(5_000, sendTimeout.toMillis());
        int deliveryTimeout = (int) Math.max(sendTimeout.toMillis(), requestTimeout + LINGER_MS);
        Properties p = new Properties();
        // every kafka.* setting of the service (security protocol, SASL, TLS …), then what the relay relies on
        p.putAll(kafkaConfig);
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        p.put(ProducerConfig.LINGER_MS_CONFIG, LINGER_MS);
        // fail fast while the broker is away: the row stays in the outbox and is retried next round
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) metadataTimeout.toMillis());
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeout);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeout);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(p);
        // Kafka completes every send within the delivery timeout; the margin only covers scheduling
        this.acknowledgementWaitMillis = deliveryTimeout + 2_000L;
    }

    /**
     * Sends the rows in order and waits for all of them. After a failure it still waits for the sends
     * already handed to the producer, so that nothing of this round is in flight when the next round
     * starts from the first unacknowledged row.
     */
    Delivery publish(List<RelayStore.PendingRow> rows) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        Exception sendFailure = null;
        for (RelayStore.PendingRow row : rows) {
            try {
                acks.add(producer.send(record(row)));
            } catch (RuntimeException e) { // e.g. no metadata for the topic within metadata-timeout
                sendFailure = e;
                break;
            }
        }
        int acknowledged = 0;
        Exception failure = null;
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(acknowledgementWaitMillis, TimeUnit.MILLISECONDS);
                if (failure == null) {
                    acknowledged++;
                }
            } catch (ExecutionException e) {
                failure = failure != null ? failure : (e.getCause() instanceof Exception c ? c : e);
            } catch (TimeoutException e) {
                failure = failure != null ? failure : e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure != null ? failure : e;
                break;
            }
        }
        return new Delivery(acknowledged, failure != null ? failure : sendFailure);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    private static ProducerRecord<String, String> record(RelayStore.PendingRow row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
