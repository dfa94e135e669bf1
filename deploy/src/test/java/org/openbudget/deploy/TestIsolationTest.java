package org.openbudget.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tests never touch the demo (issue 19.7): every service's test profile reads its own databases and its own Kafka
 * cluster, and deploy/local/test starts exactly that cluster — never the demo's broker, whose topics the running
 * stack consumes. Before this, the aggregation tests' department-434 events landed in the demo's read model.
 */
class TestIsolationTest {

    private static final Pattern PORT = Pattern.compile("^([A-Z_]+_PORT)=\\$\\{\\1:-(\\d+)}", Pattern.MULTILINE);

    @ParameterizedTest
    @ValueSource(strings = {"budget-service", "performance-service", "asset-service", "aggregation-service"})
    void theTestProfileUsesItsOwnKafkaClusterAndDatabase(String service) throws IOException {
        Properties p = properties(service);
        String demoBroker = p.getProperty("kafka.bootstrap.servers");
        String testBroker = p.getProperty("%test.kafka.bootstrap.servers");
        assertNotNull(testBroker, service + ": no %test.kafka.bootstrap.servers — its tests would publish to the demo's topics");
        assertNotEquals(port(demoBroker), port(testBroker), service + ": the test broker is the demo's");
        assertEquals(localStackPort("TEST_KAFKA_PORT"), port(testBroker),
                service + ": the test profile's broker is not the one deploy/local/test starts");
        assertEquals(localStackPort("KAFKA_PORT"), port(demoBroker), service + ": the demo broker is not deploy/local's");

        String demoDb = p.getProperty("quarkus.datasource.jdbc.url");
        String testDb = p.getProperty("%test.quarkus.datasource.jdbc.url");
        assertNotNull(testDb, service + ": no %test datasource");
        assertEquals(database(demoDb) + "_test", database(testDb), service + ": the tests' database");
    }

    @Test
    void deployLocalTestStartsTheTestClusterAndPointsTheTestsAtIt() throws IOException {
        String text = Files.readString(Repo.root().resolve("deploy/local/test"));
        assertTrue(text.contains("kafka_test_start"), "deploy/local/test must start the tests' own broker");
        assertTrue(!text.matches("(?s).*\\bkafka_start\\b.*"), "deploy/local/test must not start (or need) the demo broker");
        assertTrue(text.contains("_TEST_KAFKA_BOOTSTRAP_SERVERS=$TEST_KAFKA_BOOTSTRAP")
                && text.contains("KAFKA_BOOTSTRAP_SERVERS=$TEST_KAFKA_BOOTSTRAP"),
                "the services' tests and the end-to-end tests must be pointed at the test broker");
    }

    private static Properties properties(String service) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Repo.module(service).resolve("src/main/resources/application.properties"))) {
            p.load(r);
        }
        return p;
    }

    /** A port set in deploy/local/lib.sh as {@code NAME=${NAME:-1234}}. */
    private static int localStackPort(String name) throws IOException {
        Matcher m = PORT.matcher(Files.readString(Repo.root().resolve("deploy/local/lib.sh")));
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return Integer.parseInt(m.group(2));
            }
        }
        throw new AssertionError(name + " is not set in deploy/local/lib.sh");
    }

    private static int port(String bootstrap) {
        return Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
    }

    private static String database(String jdbcUrl) {
        return Path.of(jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1)).toString();
    }
}
