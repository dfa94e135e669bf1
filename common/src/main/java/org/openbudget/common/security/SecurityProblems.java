package org.openbudget.common.security;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.openbudget.common.problem.Problem;
import org.openbudget.common.problem.ProblemMappers;

import java.util.List;

/**
 * 401 and 403 as RFC 7807 problems like every other error. Two places refuse a request: the HTTP layer, which
 * verifies every bearer token before any resource runs (proactive authentication: an expired token or one of
 * another issuer is refused even on a public endpoint, never read as anonymous), and the role checks of the
 * resources ({@code @RolesAllowed}, {@link Access}).
 */
@ApplicationScoped
public class SecurityProblems {

    static final String INVALID_TOKEN = "the bearer token is not valid here (expired, not signed by this platform's "
            + "issuer, or not for its audience): get a new one from the issuer";

    /** Token verification failed in the HTTP layer: the default answer would be a bare 401. */
    void authenticationFailures(@Observes Router router) {
        router.route().order(-1_000).failureHandler(event -> {
            Throwable failure = event.failure();
            if ((failure instanceof AuthenticationFailedException || failure instanceof AuthenticationCompletionException
                    || failure instanceof UnauthorizedException) && !event.response().headWritten()) {
                Problem problem = new Problem("urn:openbudget:problem:invalid-token", "Invalid token", 401,
                        INVALID_TOKEN, event.request().path(), List.of());
                event.response().setStatusCode(401)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                        .end(Json.encode(problem));
            } else {
                event.next();
            }
        });
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return ProblemMappers.respond(Access.denied(true, "call this operation", "a role it allows").toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return ProblemMappers.respond(new Problem("urn:openbudget:problem:invalid-token", "Invalid token", 401,
                INVALID_TOKEN, null, List.of()), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemMappers.respond(Access.denied(false, "call this operation",
                "one of the roles its OpenAPI entry lists").toProblem(), uri);
    }
}
