package org.openbudget.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.openbudget.common.json.TextRule;
import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.ProblemException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses path and query parameters with control characters or unpaired surrogates ({@link TextRule#NAME}) before
 * any resource sees them: {@code /departments/43%004} would otherwise reach PostgreSQL, which cannot compare a
 * string with U+0000 (a 500). The problem names the parameter as the resource declares it ({@code dept}, {@code unit}).
 */
public class SafeParameters {

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request, UriInfo uri) {
        Optional<FieldError> bad = firstViolation(uri.getPathParameters(true));
        if (bad.isEmpty()) {
            bad = firstViolation(uri.getQueryParameters(true));
        }
        return bad.map(error -> {
            var problem = ProblemException.invalid(List.of(error)).toProblem().withInstance(uri.getPath());
            return Response.status(400).type(org.openbudget.common.problem.Problem.MEDIA_TYPE).entity(problem).build();
        });
    }

    private static Optional<FieldError> firstViolation(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            Optional<String> nameViolation = TextRule.NAME.violation(parameter.getKey());
            if (nameViolation.isPresent()) {
                return Optional.of(new FieldError("$query", "a parameter name " + nameViolation.get()));
            }
            for (String value : parameter.getValue()) {
                Optional<String> violation = TextRule.NAME.violation(value);
                if (violation.isPresent()) {
                    return Optional.of(new FieldError(parameter.getKey(), violation.get()));
                }
            }
        }
        return Optional.empty();
    }
}
