package org.openbudget.asset.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import org.openbudget.common.outbox.OutboxEvent;

import java.math.BigDecimal;
import java.util.UUID;

/** Test helpers: JSON numbers read as BigDecimal (so 0.00 and 0 stay apart), unique keys, outbox counts. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification api() {
        return RestAssured.given()
                .config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .contentType(ContentType.JSON);
    }

    public static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** A department code no earlier run used, for assertions on Kafka (the topic keeps old runs' events). */
    public static String uniqueDepartment() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static long outboxRows(String key) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("messageKey", key));
    }
}
