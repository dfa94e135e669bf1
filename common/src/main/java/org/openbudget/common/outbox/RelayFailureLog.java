package org.openbudget.common.outbox;

import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Logs relay failures at a bounded but steady rate: the first failed round at once, then one WARN per
 * {@code openbudget.outbox.warn-interval} for as long as the rounds keep failing (an outage must not go
 * quiet after its first lines), and one INFO when a round succeeds again.
 */
final class RelayFailureLog {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final long intervalMillis;
    private long failingSince = -1;
    private long lastWarning;
    private int roundsSinceWarning;
    private int rounds;

    RelayFailureLog(Duration interval) {
        this.intervalMillis = interval.toMillis();
    }

    void failed(String what, Duration retryIn) {
        long now = System.currentTimeMillis();
        rounds++;
        roundsSinceWarning++;
        if (failingSince < 0) {
            failingSince = now;
            LOG.warnf("outbox relay: %s — the events stay in the outbox; retrying in %s", what, retryIn);
        } else if (now - lastWarning >= intervalMillis) {
            LOG.warnf("outbox relay: still failing after %s (%d failed round(s) since the last report): %s",
                    Duration.ofSeconds((now - failingSince) / 1000), roundsSinceWarning, what);
        } else {
            return;
        }
        lastWarning = now;
        roundsSinceWarning = 0;
    }

    void recovered() {
        if (failingSince >= 0) {
            LOG.infof("outbox relay: relaying again after %s and %d failed round(s)",
                    Duration.ofMillis(System.currentTimeMillis() - failingSince), rounds);
        }
        failingSince = -1;
        rounds = 0;
        roundsSinceWarning = 0;
    }
}
