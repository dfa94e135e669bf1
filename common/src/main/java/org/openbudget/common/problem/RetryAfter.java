package org.openbudget.common.problem;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How long a caller should wait before repeating a request that failed for a {@link RetryableFailure}, in seconds
 * (the {@code Retry-After} header). Read at each use, so the keys work in every service without wiring:
 * {@code openbudget.problem.unavailable-retry-after} (default 5: a restarting database or a fail-over takes a few
 * seconds) and {@code openbudget.problem.conflict-retry-after} (default 1: the competing transaction is already done).
 * Public although only the mappers use it: in dev and test mode Quarkus may load the mappers in another class loader
 * than this class, and package access does not cross loaders.
 */
public final class RetryAfter {

    static final String UNAVAILABLE_KEY = "openbudget.problem.unavailable-retry-after";
    static final String CONFLICT_KEY = "openbudget.problem.conflict-retry-after";

    private RetryAfter() {
    }

    public static int seconds(RetryableFailure.Kind kind) {
        return switch (kind) {
            case DATABASE_UNAVAILABLE -> read(UNAVAILABLE_KEY, 5);
            case CONCURRENT_UPDATE -> read(CONFLICT_KEY, 1);
        };
    }

    private static int read(String key, int fallback) {
        int value = ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(fallback);
        return Math.max(1, value);
    }
}
