package org.openbudget.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Turns every failure into {@code application/problem+json}. Bad input is always a 4xx naming the
 * field; only a genuine fault of ours is a 500, and then with a reference to find it in the log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response violations(ResteasyReactiveViolationException e, UriInfo uri) {
        boolean ours = e.getConstraintViolations().stream().anyMatch(v -> java.util.stream.StreamSupport
                .stream(v.getPropertyPath().spliterator(), false)
                .anyMatch(n -> n.getKind() == jakarta.validation.ElementKind.RETURN_VALUE));
        if (ours) {
            return internal(e, uri);
        }
        return violations((ConstraintViolationException) e, uri);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return respond(ProblemException.invalid(errors).toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, UriInfo uri) {
        return malformed(e, "$", uri);
    }

    /** {@code field}: the object being read when the syntax broke ({@code $} at the top level). */
    private static Response malformed(JsonParseException e, String field, UriInfo uri) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr();
        return respond(new Problem(Problem.TYPE_PREFIX + "malformed-json", "Malformed JSON", 400,
                "the request body is not valid JSON" + where + ": " + e.getOriginalMessage(), null,
                List.of(new FieldError(field, "malformed JSON" + where))), uri);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return field(e, "unknown field", uri);
    }

    @ServerExceptionMapper
    public Response wrongFormat(InvalidFormatException e, UriInfo uri) {
        return field(e, "cannot read '" + e.getValue() + "' as " + simpleName(e.getTargetType()), uri);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        String expected = e.getTargetType() == null ? "the declared type" : simpleName(e.getTargetType());
        return field(e, "wrong type or shape, expected " + expected, uri);
    }

    @ServerExceptionMapper
    public Response instantiation(ValueInstantiationException e, UriInfo uri) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return field(e, cause.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, UriInfo uri) {
        // a syntax error inside a nested object reaches us wrapped in the mapping of that object
        if (e.getCause() instanceof JsonParseException parse) {
            return malformed(parse, JsonPaths.of(e.getPath()), uri);
        }
        return field(e, e.getOriginalMessage(), uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_PREFIX + "malformed-json", "Malformed JSON", 400,
                e.getOriginalMessage(), null, List.of(new FieldError("$", e.getOriginalMessage()))), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // quarkus-rest wraps a body that cannot be parsed: answer for the parser's own failure
        if (e.getCause() instanceof JsonParseException parse) {
            return malformed(parse, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return mapping(mapping, uri);
        }
        // e.g. a body nested deeper than the parser's limit (StreamConstraintsException)
        if (e.getCause() instanceof JsonProcessingException other) {
            return json(other, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return respond(new Problem(Problem.TYPE_PREFIX + slug, title, status, e.getMessage(), null, List.of()), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response internal(Throwable e, UriInfo uri) {
        // a database outage or a lost lock race is not a fault of ours nor of the caller: tell the caller to retry
        java.util.Optional<RetryableFailure.Kind> retryable = RetryableFailure.classify(e);
        if (retryable.isPresent()) {
            return retryLater(retryable.get(), e, uri);
        }
        String ref = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, reference %s", ref);
        return respond(new Problem(Problem.TYPE_PREFIX + "internal", "Internal error", 500,
                "an unexpected error occurred; reference " + ref, null, List.of()), uri);
    }

    /** 503 with Retry-After; logged in one line (an outage fails every request: no stack trace per request). */
    private static Response retryLater(RetryableFailure.Kind kind, Throwable e, UriInfo uri) {
        String ref = UUID.randomUUID().toString();
        int seconds = RetryAfter.seconds(kind);
        LOG.warnf("%s, answered 503 (retry after %d s), reference %s: %s", kind, seconds, ref, rootMessage(e));
        Problem problem = kind == RetryableFailure.Kind.DATABASE_UNAVAILABLE
                ? new Problem(Problem.TYPE_PREFIX + "service-unavailable", "Service unavailable", 503,
                        "the database cannot be reached at the moment; retry in " + seconds
                                + " seconds (repeating an identical PUT is safe); reference " + ref, null, List.of())
                : new Problem(Problem.TYPE_PREFIX + "concurrent-update", "Concurrent update", 503,
                        "the change collided with a concurrent change of the same data and was rolled back; retry in "
                                + seconds + " seconds; reference " + ref, null, List.of());
        Problem withInstance = uri == null ? problem : problem.withInstance(uri.getPath());
        return Response.status(503).header("Retry-After", Integer.toString(seconds)).type(Problem.MEDIA_TYPE)
                .entity(withInstance).build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int i = 0; i < 64 && root.getCause() != null && root.getCause() != root; i++) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e) : e.getClass().getName() + " ← " + root;
    }

    private static Response field(JsonMappingException e, String message, UriInfo uri) {
        String field = JsonPaths.of(e.getPath());
        return respond(ProblemException.invalid(field, message).toProblem(), uri);
    }

    public static Response respond(Problem problem, UriInfo uri) {
        Problem withInstance = uri == null ? problem : problem.withInstance(uri.getPath());
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(withInstance);
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", "Bearer"); // RFC 6750: how to authenticate
        }
        return response.build();
    }

    /**
     * {@code put.body.units[0].name} → {@code units[0].name}: drop the Java method and parameter, and the
     * validator's {@code <list element>} / {@code <map value>} pseudo-nodes.
     */
    static String fieldOf(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts.length == 2 ? parts[1] : path;
    }

    /** The JSON shape a Java type is read from, as a client writing JSON thinks of it. */
    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time string";
        }
        return "an object";
    }
}
