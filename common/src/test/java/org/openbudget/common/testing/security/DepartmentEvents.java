package org.openbudget.common.testing.security;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.ProducerTask;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openbudget.common.security.DepartmentRegions;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Makes departments' regions known to a service that does not own departments (performance-, asset-service), the
 * way production does: budget-service's department events
 * ({@code org.openbudget.budget.department.changed.v1}, key = department code) on {@code budget.events} of the tests'
 * broker, read by the replicated directory. The events are complete (the budget schema's required fields) because
 * the aggregation service's tests read the same topic.
 */
public final class DepartmentEvents {

    public static final String TOPIC = "budget.events";

    private DepartmentEvents() {
    }

    /** The authorization fixture: 990434 in region 990100, 990435 in 990200, both known here. */
    public static void fixture(DepartmentRegions regions) {
        known(regions, Principal.DEPARTMENT, Principal.REGION);
        known(regions, Principal.OTHER_DEPARTMENT, Principal.OTHER_REGION);
    }

    /** Publishes version 1 of the department in the region unless this service already knows it there. */
    public static void known(DepartmentRegions regions, String department, String region) {
        if (!regions.regionOf(department).equals(Optional.of(region))) {
            publish(department, region, 1);
            await(regions, department, region);
        }
    }

    /** Publishes the department's event, keyed by its code; returns the partition it went to. */
    public static int publish(String department, String region, long version) {
        return publish(department, region, version, null);
    }

    /** The same, to a given partition (null: the key's), so that a later record is known to be read after it. */
    public static int publish(String department, String region, long version, Integer partition) {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            ProducerTask task = companion.produceStrings()
                    .fromRecords(new ProducerRecord<>(TOPIC, partition, department, event(department, region, version)))
                    .awaitCompletion(Duration.ofSeconds(30));
            return task.getLastRecord().partition();
        }
    }

    /** Waits (up to a minute) until the directory places the department in the region. */
    public static void await(DepartmentRegions regions, String department, String region) {
        Instant deadline = Instant.now().plusSeconds(60);
        Optional<String> seen = Optional.empty();
        while (Instant.now().isBefore(deadline)) {
            seen = regions.regionOf(department);
            if (seen.equals(Optional.of(region))) {
                return;
            }
            sleep(200);
        }
        fail("department " + department + " is not in region " + region + " after a minute (it is in " + seen + ")");
    }

    public static String event(String department, String region, long version) {
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        return """
                {"specversion":"1.0","id":"%s","source":"/budget-service","type":"org.openbudget.budget.department.changed.v1",
                 "time":"%s","subject":"%s","datacontenttype":"application/json",
                 "data":{"code":"%s","name":"测试部门 %s","region":{"code":"%s","name":"测试县 %s"},
                         "units":[{"name":"测试部门 %s 本级","nature":"行政","grade":null,"fundingForm":"财政拨款"}],
                         "duties":[],"organization":null,"glossary":[],"otherMatters":null,
                         "version":%d,"updatedAt":"%s"}}""".formatted(UUID.randomUUID(), now, department, department,
                department, region, region, department, version, now);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
