package org.openbudget.seeds.faults;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What reached the topics during a fault, read from the broker itself: the event topics' records of the fault's
 * departments (a record whose event id was already published is a duplicate delivery) and the dead-letter topic's
 * records. Positions are taken before the fault ({@link #mark()}) and everything after them is read.
 */
final class Topics implements AutoCloseable {

    static final List<String> EVENT_TOPICS = List.of("budget.events", "performance.events", "asset.events");
    static final String DEAD_LETTER_TOPIC = System.getenv().getOrDefault("FAULTS_DEAD_LETTER_TOPIC", "aggregation.dlq");
    private static final Pattern EVENT_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    /** What one fault left on the topics. */
    record Delivered(int events, int distinctEvents, int deadLetters) {
        int duplicates() {
            return events - distinctEvents;
        }
    }

    private final KafkaConsumer<String, String> consumer;

    Topics(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        // the relays do not write in transactions: read_uncommitted skips the last-stable-offset bookkeeping
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        consumer = new KafkaConsumer<>(p);
    }

    /** The end of every partition of the event topics and the dead-letter topic, now. */
    Map<TopicPartition, Long> mark() {
        return consumer.endOffsets(partitions(), Duration.ofSeconds(30));
    }

    /** Reads from {@code from} up to the current end. */
    Delivered since(Map<TopicPartition, Long> from, String departmentPrefix) {
        Map<TopicPartition, Long> end = consumer.endOffsets(from.keySet(), Duration.ofSeconds(30));
        consumer.assign(from.keySet());
        from.forEach(consumer::seek);
        int events = 0;
        int deadLetters = 0;
        Set<String> ids = new HashSet<>();
        Map<TopicPartition, Long> position = new HashMap<>(from);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (position.entrySet().stream().anyMatch(e -> e.getValue() < end.get(e.getKey())) && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                position.put(tp, r.offset() + 1);
                if (r.offset() >= end.get(tp)) {
                    continue;
                }
                if (r.topic().equals(DEAD_LETTER_TOPIC)) {
                    deadLetters++;
                } else if (r.key() != null && r.key().startsWith(departmentPrefix) && r.value() != null) {
                    events++;
                    Matcher m = EVENT_ID.matcher(r.value());
                    ids.add(m.find() ? m.group(1) : r.value());
                }
            }
            // an empty partition tail (transaction markers, compacted gaps) is reached by position, not by records
            for (TopicPartition tp : from.keySet()) {
                position.put(tp, Math.max(position.get(tp), consumer.position(tp)));
            }
        }
        return new Delivered(events, ids.size(), deadLetters);
    }

    private List<TopicPartition> partitions() {
        List<String> topics = new java.util.ArrayList<>(EVENT_TOPICS);
        topics.add(DEAD_LETTER_TOPIC);
        List<TopicPartition> out = new java.util.ArrayList<>();
        for (String topic : topics) {
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                out.add(new TopicPartition(topic, info.partition()));
            }
        }
        return out;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
