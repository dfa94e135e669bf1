package org.openbudget.common.testing.security;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every {@code @QuarkusTest} request through rest-assured that names no caller carries the tests' default token
 * ({@link Tokens#tests()}: editor, reviewer and admin of every department and region), so that tests about
 * budgets, documents or outages are not about sign-in. A request with its own {@code Authorization} header keeps
 * it. Tests about permissions opt out with {@link ExplicitTokens}: their requests without a header are anonymous.
 * Registered in META-INF/services of this test-jar.
 */
public class DefaultToken implements QuarkusTestBeforeEachCallback {

    /** Adds the default token where the request has no Authorization header. */
    static final class Filter implements io.restassured.filter.Filter {
        @Override
        public io.restassured.response.Response filter(io.restassured.specification.FilterableRequestSpecification request,
                                                       io.restassured.specification.FilterableResponseSpecification response,
                                                       io.restassured.filter.FilterContext context) {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", "Bearer " + Tokens.tests());
            }
            return context.next(request, response);
        }
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        boolean explicit = false;
        for (Class<?> c = context.getTestInstance().getClass(); c != null && !explicit; c = c.getEnclosingClass()) {
            explicit = Arrays.stream(c.getAnnotations())
                    .anyMatch(a -> a.annotationType().getName().equals(ExplicitTokens.class.getName()));
        }
        List<io.restassured.filter.Filter> filters = new ArrayList<>();
        for (io.restassured.filter.Filter f : RestAssured.filters()) {
            if (!(f instanceof Filter)) {
                filters.add(f);
            }
        }
        if (!explicit) {
            filters.add(new Filter());
        }
        RestAssured.replaceFiltersWith(filters);
    }
}
