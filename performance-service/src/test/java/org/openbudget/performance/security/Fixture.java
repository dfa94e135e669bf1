package org.openbudget.performance.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.openbudget.common.testing.security.Principal;
import org.openbudget.common.testing.security.Tokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

/**
 * Requests as a given caller and department-years in a given state, for the permission tests (which run with
 * {@code @ExplicitTokens}: a request without a token here is anonymous).
 */
final class Fixture {

    static final String JSON = "application/json; charset=UTF-8";
    static final String PROBLEM = "application/problem+json";
    static final String ADJUSTED_GOAL = "调整后的总体目标：草稿，尚未公开。";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixture() {
    }

    /** A request as the principal (no Authorization header for the anonymous one). */
    static RequestSpecification as(Principal principal) {
        RequestSpecification request = RestAssured.given().contentType(JSON).accept("application/json");
        String token = Tokens.of(principal);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** A request with the tests' default token (client tests-all: editor, reviewer and admin of everything). */
    static RequestSpecification asTests() {
        return RestAssured.given().contentType(JSON).accept("application/json")
                .header("Authorization", "Bearer " + Tokens.tests());
    }

    static String set(String dept, int year) {
        return "/api/v1/performance/" + dept + "/" + year;
    }

    /** The well-formed set of the tests (no lint error), with the projects daqiban and zhengwufuwu. */
    static String cleanSet() {
        return resource("/clean-set.json");
    }

    /** The clean set with another overall goal: what an adjustment changes. */
    static String adjustedSet() {
        ObjectNode set = (ObjectNode) tree(cleanSet());
        set.put("overallGoal", ADJUSTED_GOAL);
        return set.toString();
    }

    /** A bulk request (issue 16) holding the {@link #adjustedSet()} of the fixture department for the year. */
    static String bulk(int year) {
        return "{\"items\": [{\"department\": \"" + Principal.DEPARTMENT + "\", \"year\": " + year
                + ", \"targets\": " + adjustedSet() + "}]}";
    }

    /** One clean project table (daqiban's), with the id given or none. */
    static String project(String id) {
        ObjectNode project = (ObjectNode) tree(cleanSet()).path("projects").get(0).deepCopy();
        if (id == null) {
            project.remove("id");
        } else {
            project.put("id", id);
        }
        return project.toString();
    }

    /** A draft (revision 1) that was never submitted. */
    static void draft(String dept, int year) {
        asTests().body(cleanSet()).put(set(dept, year)).then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    /** Revision 1, published. */
    static void published(String dept, int year) {
        draft(dept, year);
        for (String step : new String[]{"submit", "approve", "publish"}) {
            asTests().post(set(dept, year) + "/" + step).then().statusCode(200);
        }
    }

    /** Revision 1 published, revision 2 (an adjustment with another overall goal) in draft. */
    static void adjusted(String dept, int year) {
        published(dept, year);
        asTests().body(adjustedSet()).put(set(dept, year)).then().statusCode(200).body("revision", equalTo(2));
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Fixture.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
