package org.openbudget.aggregation.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.Events;
import org.openbudget.aggregation.department.DepartmentView;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real outage of the service's database (connections refused and the open ones terminated) while a
 * valid event and a poison record arrive: the valid event waits and reaches the read model once the
 * database is back, it is never dead-lettered; the poison record is dead-lettered and the listing
 * records it once the database is back. The outage lasts longer than the test profile's retry backoff
 * would allow a give-up-after-n-attempts policy, so such a policy would show here.
 * <p>
 * Other classes run in the same application before or after this one, so it leaves nothing behind:
 * the database is let in again in a finally whatever happens, the class waits until the intake has caught
 * up, and at the end the pool drops the connections the outage killed, so that no later class's first
 * query meets one of them.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final String DLQ = "aggregation.dlq";
    /** Longer than any give-up-after-n-attempts policy of the test profile, short enough for a test. */
    private static final Duration OUTAGE = Duration.ofSeconds(15);

    private static KafkaCompanion kafka;
    private static final String VALID = Events.code("OUT");
    private static final String POISON = Events.code("OUTP");
    private static final String VALID_ID = UUID.randomUUID().toString();
    private static Map<TopicPartition, Long> dlqBefore;
    private static double retriedBefore;
    private static int liveDuringOutage;
    private static int readyDuringOutage;
    private static io.restassured.response.Response rollupDuringOutage;
    private static Map<String, String> membersBefore;
    private static Map<String, String> membersAfter;

    private static boolean happened;

    @BeforeAll
    static void connect() {
        kafka = new KafkaCompanion(bootstrap());
    }

    /** Once for the class; in a before-each because rest-assured knows the test port only from there on. */
    @BeforeEach
    void outageOnce() throws Exception {
        if (happened) {
            return;
        }
        happened = true;
        Events events = new Events(kafka); // the intake consumes all three topics
        // the recorder consumes the dead-letter topic too: a probe poison record reaches the listing
        String probe = Events.code("PROBEP");
        sendRaw(probe, "{not a cloud event");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().queryParam("key", probe).get("/api/v1/admin/dead-letters").then().extract().jsonPath().getInt("total") == 1);
        events.department(Events.code("BEFORE"), "停库之前", "130127", 1); // a database write works before

        dlqBefore = endOffsets();
        membersBefore = members();
        retriedBefore = metric("aggregation_events_retried_total");
        try (Connection admin = adminConnection(); Statement sql = admin.createStatement()) {
            try {
                sql.execute("ALTER DATABASE " + database() + " ALLOW_CONNECTIONS false");
                sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database()
                        + "' and pid <> pg_backend_pid()");
                sendRaw(VALID, departmentChanged(VALID_ID, VALID, "停库期间的部门"));
                sendRaw(POISON, "{\"specversion\": \"1.0\", \"id\": \"" + UUID.randomUUID()
                        + "\", \"source\": \"/test\", \"type\": \"org.example.unknown.v1\", \"subject\": \"" + POISON + "\", \"data\": {}}");
                Thread.sleep(OUTAGE.toMillis());
                liveDuringOutage = given().get("/q/health/live").statusCode();
                readyDuringOutage = given().get("/q/health/ready").statusCode();
                // a roll-up reads its counters on a connection of its own, outside a transaction: still a 503
                rollupDuringOutage = given().queryParam("region", "130127").get("/api/v1/rollups/2022");
            } finally {
                sql.execute("ALTER DATABASE " + database() + " ALLOW_CONNECTIONS true");
            }
        }
        membersAfter = members();
    }

    @AfterAll
    static void close() {
        kafka.close();
        // the application under test recovered by itself (the tests above); this is only for the classes after
        io.quarkus.arc.Arc.container().instance(io.agroal.api.AgroalDataSource.class).get()
                .flush(io.agroal.api.AgroalDataSource.FlushMode.INVALID);
    }

    @Test
    void aValidEventThatArrivedDuringTheOutageReachesTheReadModelOnceTheDatabaseIsBack() {
        // the pool's connections were terminated: a first query of the test itself may meet a dead one
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> processed(VALID_ID) != null);
        DepartmentView view = QuarkusTransaction.requiringNew().call(() -> DepartmentView.findById(VALID));
        assertNotNull(view, "the department is in the read model");
        assertEquals("停库期间的部门", view.name);
        assertEquals(VALID_ID, view.sourceEventId.toString());
    }

    @Test
    void aValidEventIsNeverDeadLetteredBecauseTheDatabaseWasAway() {
        // either it is applied at last, or it went to the dead-letter topic (where a give-up policy sends it)
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() ->
                processed(VALID_ID) != null || deadLettersSince(dlqBefore).stream().anyMatch(r -> VALID.equals(r.key())));
        List<ConsumerRecord<String, String>> dead = deadLettersSince(dlqBefore);
        assertFalse(dead.stream().anyMatch(r -> VALID.equals(r.key())),
                "the valid event was sent to the dead-letter topic: " + dead.stream()
                        .filter(r -> VALID.equals(r.key())).map(r -> header(r, "dead-letter-reason")).toList());
        assertEquals(1, dead.stream().filter(r -> POISON.equals(r.key())).count(), "the contract breach is dead-lettered once");
    }

    @Test
    void theIntakeRetriedWhileWaitingAndLivenessStayedUp() {
        assertTrue(metric("aggregation_events_retried_total") > retriedBefore, "retries are counted");
        assertEquals(200, liveDuringOutage, "a pod that waits for its database is alive");
        assertEquals(503, readyDuringOutage, "but not ready");
    }

    @Test
    void aRollupAskedDuringTheOutageIsToldToRetryNotGivenA500() {
        assertEquals(503, rollupDuringOutage.statusCode(), rollupDuringOutage.asString());
        assertNotNull(rollupDuringOutage.header("Retry-After"));
        assertTrue(rollupDuringOutage.contentType().startsWith("application/problem+json"), rollupDuringOutage.contentType());
    }

    /**
     * The test profile's max.poll.interval.ms is shorter than the outage: a consumer that stopped polling
     * while its record waited would have been put out of the group and rejoined under a new member id.
     */
    @Test
    void theWaitingChannelsStayedInTheirGroup() {
        assertEquals(3, membersBefore.size(), "three intake channels in the group: " + membersBefore);
        assertEquals(membersBefore, membersAfter);
    }

    @Test
    void aDeadLetterThatArrivedDuringTheOutageIsRecordedOnceTheDatabaseIsBack() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().untilAsserted(() -> {
            JsonPath listing = given().queryParam("key", POISON).get("/api/v1/admin/dead-letters")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(1, listing.getInt("total"), "recorded in the listing");
            assertTrue(listing.getString("items[0].reason").contains("unknown event type org.example.unknown.v1"));
        });
    }

    @Test
    void theListingTellsHowManyRecordsTheDeadLetterTopicHoldsNextToHowManyAreRecorded() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() ->
                given().queryParam("key", POISON).get("/api/v1/admin/dead-letters").then().extract().jsonPath().getInt("total") == 1);
        long inTopic = endOffsets().entrySet().stream()
                .mapToLong(e -> e.getValue() - beginningOffsets().get(e.getKey())).sum();
        JsonPath listing = given().get("/api/v1/admin/dead-letters").then().statusCode(200).extract().jsonPath();
        assertNotNull(listing.get("inTopic"), "the listing reports the topic's record count: " + listing.prettify());
        assertNotNull(listing.get("recorded"), "and how many are recorded: " + listing.prettify());
        // other suites on the test broker may dead-letter concurrently: the count is at least what we saw
        assertTrue(listing.getLong("inTopic") >= inTopic, listing.getLong("inTopic") + " ≥ " + inTopic);
        assertEquals(listing.getLong("total"), listing.getLong("recorded"), "unfiltered: every recorded row");
        long recordedOfOurs = QuarkusTransaction.requiringNew().call(() ->
                org.openbudget.aggregation.admin.DeadLetter.count("key in ?1", List.of(POISON)));
        assertEquals(1, recordedOfOurs);
    }

    // ---- helpers

    private static ProcessedEvent processed(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.findById(UUID.fromString(id)));
    }

    private static String departmentChanged(String id, String code, String name) {
        return "{\"specversion\": \"1.0\", \"id\": \"" + id + "\", \"source\": \"/test\","
                + " \"type\": \"org.openbudget.budget.department.changed.v1\", \"time\": \"2022-02-10T08:00:00Z\","
                + " \"subject\": \"" + code + "\", \"datacontenttype\": \"application/json\", \"data\": {\"code\": \"" + code
                + "\", \"name\": \"" + name + "\", \"version\": 1, \"updatedAt\": \"2022-02-10T08:00:00Z\","
                + " \"region\": {\"code\": \"130127\", \"name\": \"测试县\"}, \"units\": []}}";
    }

    private static void sendRaw(String key, String value) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>("budget.events", key, value)).awaitCompletion(Duration.ofSeconds(10));
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private static String jdbcUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    }

    private static String database() {
        String url = jdbcUrl();
        String afterHost = url.substring(url.indexOf("//") + 2);
        String name = afterHost.substring(afterHost.indexOf('/') + 1);
        return name.contains("?") ? name.substring(0, name.indexOf('?')) : name;
    }

    /** The maintenance database of the same server, as the test database's owner (who may close it). */
    private static Connection adminConnection() throws Exception {
        String url = jdbcUrl().replace("/" + database(), "/postgres");
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(url, config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    private static double metric(String name) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** The intake group's members: instance id (or client id) → member id. */
    private static Map<String, String> members() {
        String group = ConfigProvider.getConfig().getValue("openbudget.consumer.group", String.class);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            return admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().stream()
                    .collect(Collectors.toMap(m -> m.groupInstanceId().orElse(m.clientId()), m -> m.consumerId()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<TopicPartition, Long> endOffsets() {
        return offsets(OffsetSpec.latest());
    }

    private static Map<TopicPartition, Long> beginningOffsets() {
        return offsets(OffsetSpec.earliest());
    }

    private static Map<TopicPartition, Long> offsets(OffsetSpec spec) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            var partitions = admin.describeTopics(List.of(DLQ)).allTopicNames().get().get(DLQ).partitions();
            Map<TopicPartition, OffsetSpec> ask = partitions.stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(DLQ, p.partition()), p -> spec));
            Map<TopicPartition, Long> answer = new HashMap<>();
            admin.listOffsets(ask).all().get().forEach((tp, info) -> answer.put(tp, info.offset()));
            return answer;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every record appended to the dead-letter topic after {@code from}, up to its current end. */
    private static List<ConsumerRecord<String, String>> deadLettersSince(Map<TopicPartition, Long> from) {
        Map<TopicPartition, Long> end = endOffsets();
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.assign(end.keySet());
            end.keySet().forEach(tp -> consumer.seek(tp, from.getOrDefault(tp, 0L)));
            long deadline = System.currentTimeMillis() + 30_000;
            while (end.keySet().stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
