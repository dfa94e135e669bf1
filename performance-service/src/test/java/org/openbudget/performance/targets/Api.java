package org.openbudget.performance.targets;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Small helpers for the REST tests: unique department codes, JSON bodies, reading answers. */
final class Api {

    static final String JSON = "application/json; charset=UTF-8";
    static final String PROBLEM = "application/problem+json";
    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private Api() {
    }

    /** A department code no earlier run used: Kafka keeps old events, so assertions go by unique key. */
    static String uniqueDept(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static String set(String dept, int year) {
        return "/api/v1/performance/" + dept + "/" + year;
    }

    static RequestSpecification json() {
        return RestAssured.given().contentType(JSON).accept("application/json");
    }

    static String resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(Response response) {
        return tree(response.asString());
    }

    /** A well-formed set (no lint finding) in JSON. */
    static String cleanSet() {
        return resource("/clean-set.json");
    }
}
