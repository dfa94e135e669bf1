package org.openbudget.common.security.regions;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.openbudget.common.security.regions.DepartmentEventReader.IncompleteDepartmentEvent;
import org.openbudget.common.security.regions.DepartmentEventReader.Row;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Keeps {@code department_region} up to date from budget-service's department events (type
 * {@value #DEPARTMENT_CHANGED}, key = department code), so that a reviewer's region can be checked in a service that
 * does not own departments. Its own consumer group reads the topic from the beginning once and then follows it;
 * an offset is committed only after its row is written, and a database outage is waited out (the record is
 * retried, never skipped). Records of other types, and records it cannot read, are not its business: the
 * aggregation service dead-letters contract breaches; here they are skipped with a warning. Values arrive as bytes
 * and are read only as far as their type ({@link DepartmentEventReader}): a budget event is skipped without being
 * decoded, so a record of another type that is broken after its type is skipped without a warning.
 */
@ApplicationScoped
@IfBuildProperty(name = "openbudget.regions.replicated", stringValue = "true")
public class DepartmentRegionFeed {

    static final String DEPARTMENT_CHANGED = DepartmentEventReader.DEPARTMENT_CHANGED;
    private static final Logger LOG = Logger.getLogger(DepartmentRegionFeed.class);
    private static final String UPSERT = """
            insert into department_region (department, region, source_version, updated_at) values (?, ?, ?, now())
            on conflict (department) do update set region = excluded.region, source_version = excluded.source_version,
                updated_at = now()
            where department_region.source_version < excluded.source_version""";

    private final DataSource dataSource;
    private final DepartmentEventReader reader;
    private final Map<String, Object> kafkaConfig;
    private final String bootstrapServers;
    private final String topic;
    private final String groupId;
    private final boolean enabled;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean stopping;
    private Thread thread;

    public DepartmentRegionFeed(DataSource dataSource, ObjectMapper mapper,
                                @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                                @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                                @ConfigProperty(name = "openbudget.regions.topic", defaultValue = "budget.events") String topic,
                                @ConfigProperty(name = "openbudget.regions.group-id") String groupId,
                                @ConfigProperty(name = "openbudget.regions.feed-enabled", defaultValue = "true") boolean enabled) {
        this.dataSource = dataSource;
        this.reader = new DepartmentEventReader(mapper);
        this.kafkaConfig = kafkaConfig;
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.groupId = groupId;
        this.enabled = enabled;
    }

    void start(@Observes StartupEvent startup) {
        if (!enabled) {
            return;
        }
        Properties p = new Properties();
        p.putAll(kafkaConfig); // security protocol, SASL, TLS … of the service
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(p);
        thread = new Thread(this::run, "department-region-feed");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> c = consumer) {
            c.subscribe(List.of(topic));
            while (!stopping) {
                ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, byte[]> record : records) {
                    applyUntilStored(record);
                }
                if (!records.isEmpty()) {
                    c.commitSync();
                }
            }
        } catch (WakeupException e) {
            if (!stopping) {
                LOG.error("department region feed woken up unexpectedly", e);
            }
        } catch (RuntimeException e) {
            LOG.error("department region feed stopped: reviewers' regions are no longer updated", e);
        }
    }

    private void applyUntilStored(ConsumerRecord<String, byte[]> record) {
        Row row = read(record);
        if (row == null) {
            return;
        }
        long backoff = 250;
        while (!stopping) {
            try {
                store(row);
                return;
            } catch (SQLException e) {
                LOG.warnf("cannot store the region of department %s yet (%s); retrying in %d ms", row.department(),
                        e.getMessage(), backoff);
                sleep(backoff);
                backoff = Math.min(backoff * 2, 15_000);
            }
        }
    }

    private Row read(ConsumerRecord<String, byte[]> record) {
        try {
            return reader.read(record.value());
        } catch (IncompleteDepartmentEvent e) {
            LOG.warnf("department event %s without code or region code: skipped", e.eventId);
            return null;
        } catch (Exception e) {
            LOG.warnf("unreadable record at %s-%d@%d skipped: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return null;
        }
    }

    private void store(Row row) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(UPSERT)) {
            s.setString(1, row.department());
            s.setString(2, row.region());
            s.setLong(3, row.version());
            s.executeUpdate();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
