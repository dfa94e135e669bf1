package org.openbudget.common.testing.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The authorization matrix of one service: every operation its OpenAPI document lists × every {@link Principal}.
 * Each operation must have an expectation ({@link #expect}), so an endpoint added later without one fails the
 * test; an expectation whose operation is gone fails it too. A cell passes when a principal the rule allows is
 * not refused (neither 401 nor 403, and no 5xx: it may still get 400/404/409/412 for the state the fixture is in),
 * and a principal it does not allow gets 401 (no valid token: {@link Principal#unauthenticated()}) or 403, as an
 * {@code application/problem+json}. Refused principals run first, so that an allowed write changes nothing they
 * see.
 */
public final class AuthorizationMatrix {

    private record Expectation(Set<Principal> allowed, UnaryOperator<RequestSpecification> request) {
    }

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private final Map<String, Expectation> expectations = new LinkedHashMap<>();
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private int cells;

    /** Who may call it beyond anonymous and bad tokens: a fixed set of principals. */
    public static Set<Principal> allowed(Principal... principals) {
        return principals.length == 0 ? EnumSet.noneOf(Principal.class) : EnumSet.copyOf(Arrays.asList(principals));
    }

    /** Everyone with no token or a valid one; expired and foreign tokens are still refused. */
    public static final Set<Principal> PUBLIC = EnumSet.of(Principal.ANONYMOUS, Principal.EDITOR,
            Principal.OTHER_EDITOR, Principal.REVIEWER, Principal.OTHER_REVIEWER, Principal.AUDITOR, Principal.ADMIN);
    /** The fixture department's drafts: its editor, its region's reviewer, auditors. */
    public static final Set<Principal> DRAFT_READERS = EnumSet.of(Principal.EDITOR, Principal.REVIEWER, Principal.AUDITOR);
    public static final Set<Principal> EDITORS = EnumSet.of(Principal.EDITOR);
    public static final Set<Principal> REVIEWERS = EnumSet.of(Principal.REVIEWER);
    public static final Set<Principal> ADMINS = EnumSet.of(Principal.ADMIN);
    /** Operational views (outbox, dead letters, rebuild status): admins, and auditors, who read everything. */
    public static final Set<Principal> ADMINS_AND_AUDITORS = EnumSet.of(Principal.ADMIN, Principal.AUDITOR);

    /** Values for the path parameters of every operation ({@code dept} → 990434, {@code year} → 2022 …). */
    public AuthorizationMatrix path(String name, String value) {
        pathParams.put(name, value);
        return this;
    }

    /** {@code operation} as {@code "PUT /api/v1/budgets/{dept}/{year}"}, exactly as the OpenAPI document spells it. */
    public AuthorizationMatrix expect(String operation, Set<Principal> allowed) {
        return expect(operation, allowed, UnaryOperator.identity());
    }

    /** With what the request needs to get past validation (a valid body, If-Match, query parameters). */
    public AuthorizationMatrix expect(String operation, Set<Principal> allowed, UnaryOperator<RequestSpecification> request) {
        if (expectations.put(operation, new Expectation(allowed, request)) != null) {
            throw new IllegalArgumentException("two expectations for " + operation);
        }
        return this;
    }

    /** Runs every cell; fails listing every wrong cell. Returns the number of cells checked. */
    public int run() throws Exception {
        Set<String> operations = operations();
        Set<String> unexpected = new TreeSet<>(operations);
        unexpected.removeAll(expectations.keySet());
        Set<String> gone = new TreeSet<>(expectations.keySet());
        gone.removeAll(operations);
        if (!unexpected.isEmpty() || !gone.isEmpty()) {
            fail("the matrix must name every operation of the OpenAPI document exactly once; without an expectation: "
                    + unexpected + "; expected but not in the document: " + gone);
        }
        for (Map.Entry<String, Expectation> e : expectations.entrySet()) {
            List<Principal> order = new ArrayList<>();
            for (Principal p : Principal.values()) {
                if (!e.getValue().allowed().contains(p)) {
                    order.add(p);
                }
            }
            for (Principal p : Principal.values()) {
                if (e.getValue().allowed().contains(p)) {
                    order.add(p);
                }
            }
            for (Principal p : order) {
                check(e.getKey(), e.getValue(), p);
            }
        }
        System.out.printf("authorization matrix: %d operations × %d principals = %d cells checked%n",
                expectations.size(), Principal.values().length, cells);
        assertTrue(failures.isEmpty(), failures.size() + " of " + cells + " cells wrong:\n" + String.join("\n", failures));
        return cells;
    }

    private void check(String operation, Expectation expectation, Principal principal) {
        cells++;
        String[] parts = operation.split(" ", 2);
        String path = expand(parts[1]);
        RequestSpecification request = RestAssured.given().redirects().follow(false);
        String token = Tokens.of(principal);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request = expectation.request().apply(request);
        Response response = request.request(parts[0], path);
        int status = response.statusCode();
        String cell = operation + " as " + principal + ": " + status;
        if (status >= 500) {
            failures.add(cell + " (a 5xx) " + abbreviate(response.asString()));
        } else if (expectation.allowed().contains(principal)) {
            if (status == 401 || status == 403) {
                failures.add(cell + " but it is allowed: " + abbreviate(response.asString()));
            }
        } else {
            int expected = principal.unauthenticated() ? 401 : 403;
            if (status != expected) {
                failures.add(cell + " instead of " + expected + ": " + abbreviate(response.asString()));
            } else if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                failures.add(cell + " is not application/problem+json but " + response.contentType());
            }
        }
    }

    private String expand(String template) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = pathParams.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for path parameter {" + m.group(1) + "} of " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "METHOD path" of every operation in {@code /q/openapi}. */
    public static Set<String> operations() throws Exception {
        String json = RestAssured.given().accept("application/json").queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode paths = new ObjectMapper().readTree(json).path("paths");
        Set<String> out = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (List.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                    out.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        return out;
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
