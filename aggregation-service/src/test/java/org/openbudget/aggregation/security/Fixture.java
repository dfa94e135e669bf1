package org.openbudget.aggregation.security;

import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import org.openbudget.aggregation.Events;
import org.openbudget.common.testing.security.Principal;
import org.openbudget.common.testing.security.Tokens;

import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;

/**
 * The permission tests' departments: {@value Principal#DEPARTMENT} in region {@value Principal#REGION} and
 * {@value Principal#OTHER_DEPARTMENT} in {@value Principal#OTHER_REGION}, as the test realm's editors and reviewers
 * hold them. Their versions are taken from the clock so that they win over whatever the owners' own tests publish
 * for the same shared codes on the tests' broker; each test class uses budget years of its own (2087–2091).
 */
final class Fixture {

    static final String DEPARTMENT = Principal.DEPARTMENT;
    static final String OTHER_DEPARTMENT = Principal.OTHER_DEPARTMENT;
    static final String REGION = Principal.REGION;
    static final String OTHER_REGION = Principal.OTHER_REGION;
    /** Numbers as BigDecimal (amounts in 元 with cents, versions from the clock). */
    static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    private static final AtomicLong VERSION = new AtomicLong(System.currentTimeMillis());

    private Fixture() {
    }

    /** A version above any a test of another module gives these departments, increasing within this run. */
    static long version() {
        return VERSION.incrementAndGet();
    }

    static void departments(Events events) {
        events.department(DEPARTMENT, "权限测试局", REGION, version());
        events.department(OTHER_DEPARTMENT, "权限测试另局", OTHER_REGION, version());
    }

    /** A request with the principal's token (none for anonymous). */
    static RequestSpecification as(Principal principal) {
        String token = Tokens.of(principal);
        return token == null ? given() : given().auth().oauth2(token);
    }

    /** A request with the tests' default token (editor, reviewer and admin of everything). */
    static RequestSpecification asTests() {
        return given().auth().oauth2(Tokens.tests());
    }
}
