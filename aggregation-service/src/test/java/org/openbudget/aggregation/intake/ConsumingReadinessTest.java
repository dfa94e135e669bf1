package org.openbudget.aggregation.intake;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.Events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Readiness means "consuming": the check of the intake channels is UP once each has its partitions,
 * and names them. Each channel is a static member of the group, so a restarted pod takes its partitions
 * back at once instead of waiting for its dead predecessor's session to expire.
 */
@QuarkusTest
class ConsumingReadinessTest {

    private static final List<String> CHANNELS = List.of("budget-events", "performance-events", "asset-events");
    private static KafkaCompanion kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaCompanion(bootstrap());
        new Events(kafka); // waits until the intake consumes
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    @Test
    void readinessNamesThePartitionsEachIntakeChannelConsumes() {
        JsonPath health = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        Map<String, Object> check = health.getMap("checks.find { it.name == 'kafka-intake-consuming' }");
        assertNotNull(check, "a readiness check of the intake's assignments: " + health.prettify());
        assertEquals("UP", check.get("status"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) check.get("data");
        assertTrue(String.valueOf(data.get("budget-events")).contains("budget.events-"), String.valueOf(data));
        assertTrue(String.valueOf(data.get("performance-events")).contains("performance.events-"), String.valueOf(data));
        assertTrue(String.valueOf(data.get("asset-events")).contains("asset.events-"), String.valueOf(data));
    }

    @Test
    void eachIntakeChannelIsAStaticMemberOfTheGroupWithItsOwnInstanceId() throws Exception {
        var config = ConfigProvider.getConfig();
        String group = config.getValue("openbudget.consumer.group", String.class);
        String instance = config.getOptionalValue("openbudget.instance.id", String.class).orElse("<no instance id configured>");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            var members = admin.describeConsumerGroups(List.of(group)).all().get().get(group).members();
            Set<String> ids = members.stream().map(MemberDescription::groupInstanceId)
                    .map(id -> id.orElse("<dynamic member>")).collect(Collectors.toSet());
            assertEquals(CHANNELS.stream().map(c -> instance + "-" + c).collect(Collectors.toSet()), ids);
        }
    }

    @Test
    void theMachinesNameIsOfferedAsTheLocalDefaultOfTheInstanceId() throws Exception {
        var config = ConfigProvider.getConfig();
        assertEquals(java.net.InetAddress.getLocalHost().getHostName(), config.getValue("openbudget.host-name", String.class),
                "the machine's name is offered as a setting");
    }
}
