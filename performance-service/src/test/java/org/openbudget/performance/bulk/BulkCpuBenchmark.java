package org.openbudget.performance.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * Prints the CPU this JVM (service and test client together) spends per department-year on bulks of 100 of the
 * seed's targets (issue 16). A figure to read, not a test: its name keeps it out of the suite; run it with
 * {@code -Dtest=BulkCpuBenchmark}.
 */
@QuarkusTest
class BulkCpuBenchmark {

    private static final int ITEMS = 100;
    private static final int ROUNDS = 5;

    @Test
    void printsCpuPerDepartmentYear() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode seed;
        try (InputStream in = BulkCpuBenchmark.class.getResourceAsStream("/seed-434-2022-performance.json")) {
            seed = (ObjectNode) mapper.readTree(in);
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round <= ROUNDS; round++) {
            ObjectNode body = mapper.createObjectNode();
            ArrayNode items = body.putArray("items");
            String prefix = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            for (int i = 0; i < ITEMS; i++) {
                items.addObject().put("department", prefix + i).put("year", 2026).set("targets", seed);
            }
            String json = body.toString();
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            RestAssured.given().contentType("application/json").body(json).post("/api/v1/bulk").then().statusCode(200);
            System.out.printf("bulk of %d %s: %.2f ms CPU per department-year (wall %d ms)%n", ITEMS,
                    round == 0 ? "warm-up" : "round " + round, (os.getProcessCpuTime() - cpu) / 1e6 / ITEMS,
                    (System.nanoTime() - wall) / 1_000_000);
        }
    }
}
