package org.openbudget.performance.hostile;

import org.openbudget.common.testing.HostileInput;
import org.openbudget.common.testing.HostileRun;
import org.openbudget.common.testing.OutboxRowCount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** ≥ 1,000 generated hostile PUTs of a department-year's performance targets: never a 5xx, never a change. */
@QuarkusTest
class TargetSetHostileInputTest {

    @Inject
    DataSource dataSource;

    @Test
    void hostileTargetSetPutsAreRefusedCleanly() {
        String valid = resource("/clean-set.json");
        String dept = "H" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        RestAssured.given().contentType("application/json").body(valid).put("/api/v1/performance/{d}/2022", dept)
                .then().statusCode(201);
        long seed = HostileRun.seed();
        HostileInput input = new HostileInput(seed, valid, List.of(dept, "2022"), true);
        new HostileRun("performance-service PUT /api/v1/performance/{dept}/{year}", "/api/v1/performance/%s/%s",
                List.of(dept, "2022"), "/api/v1/performance/" + dept + "/2022",
                () -> OutboxRowCount.of(dataSource, dept + ":2022"))
                .run(input, seed, HostileRun.requests());
    }

    private static String resource(String name) {
        try (InputStream in = TargetSetHostileInputTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
