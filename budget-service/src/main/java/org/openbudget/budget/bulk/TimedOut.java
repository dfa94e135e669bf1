package org.openbudget.budget.bulk;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.openbudget.common.problem.Problem;
import org.openbudget.common.problem.ProblemMappers;
import org.openbudget.common.problem.RetryAfter;
import org.openbudget.common.problem.RetryableFailure;

import java.time.Duration;
import java.util.List;

/**
 * A bulk transaction the transaction manager rolled back because it outlived its timeout: nothing is stored, and the
 * caller is told to retry (503 with Retry-After, like a database outage), not handed a 500. Seen while profiling:
 * 300 items on a machine with a load of 30 ran past the default 60 s, and the commit found the transaction aborted.
 */
public final class TimedOut extends RuntimeException {

    static final String TIMEOUT_KEY = "openbudget.bulk.transaction-timeout";
    private static final Logger LOG = Logger.getLogger(TimedOut.class);

    private final Duration after;

    private TimedOut(Duration after, Throwable cause) {
        super("the bulk transaction was rolled back after " + after.toSeconds() + " s", cause);
        this.after = after;
    }

    /**
     * {@code failure} as a timeout when it is one: the commit found the transaction rolled back
     * ({@code RollbackException}) and the request had run at least as long as the timeout. Else null.
     */
    static TimedOut of(RuntimeException failure, Duration elapsed) {
        Duration timeout = Duration.ofSeconds(ConfigProvider.getConfig().getOptionalValue(TIMEOUT_KEY, Integer.class).orElse(60));
        if (elapsed.compareTo(timeout) < 0) {
            return null;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.transaction.RollbackException) {
                return new TimedOut(elapsed, failure);
            }
        }
        return null;
    }

    public static class Mapper {

        @ServerExceptionMapper
        public Response timedOut(TimedOut e, UriInfo uri) {
            int seconds = RetryAfter.seconds(RetryableFailure.Kind.DATABASE_UNAVAILABLE);
            LOG.warnf("bulk request rolled back after %d s (%s = %s s), answered 503", e.after.toSeconds(), TIMEOUT_KEY,
                    ConfigProvider.getConfig().getOptionalValue(TIMEOUT_KEY, String.class).orElse("60"));
            Response problem = ProblemMappers.respond(new Problem("urn:openbudget:problem:service-unavailable",
                    "Service unavailable", 503, "the bulk request did not finish within its transaction timeout and was "
                    + "rolled back: nothing is stored; retry in " + seconds + " seconds, or with fewer items", null,
                    List.of()), uri);
            return Response.fromResponse(problem).header("Retry-After", Integer.toString(seconds)).build();
        }
    }
}
