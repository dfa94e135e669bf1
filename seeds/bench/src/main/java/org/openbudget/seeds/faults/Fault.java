package org.openbudget.seeds.faults;

/**
 * The faults an operator's bad day brings, each injected into the running local stack while (or around) a
 * deterministic ingest runs. {@link #inject} returns when the fault has ended — the broken part is back — and
 * that moment is what convergence is timed from.
 */
enum Fault {

    /** The read side dies mid-ingest ({@code kill -9}) and is started again at once. */
    AGGREGATION_KILL("aggregation-kill", "aggregation-service kill -9 mid-ingest, restarted at once") {
        @Override
        void inject(LocalStack stack, Ingesting ingest) throws Exception {
            crashAndRestart(stack, ingest, "aggregation-service", 8084);
        }
    },
    /** The broker dies mid-ingest and stays away 30 s: the owners keep accepting writes into their outboxes. */
    BROKER_KILL_30S("broker-kill-30s", "Kafka broker kill -9 mid-ingest, back after 30 s") {
        @Override
        void inject(LocalStack stack, Ingesting ingest) throws Exception {
            ingest.awaitFraction(0.25);
            stack.kill9("kafka");
            Thread.sleep(30_000);
            stack.startKafka();
        }
    },
    /** The broker is away for the whole ingest and comes back only after the last write was acknowledged. */
    BROKER_DOWN_WHOLE_INGEST("broker-down-ingest", "Kafka broker kill -9 before the ingest, back after its end") {
        @Override
        boolean beforeIngest() {
            return true;
        }

        @Override
        void inject(LocalStack stack, Ingesting ingest) throws Exception {
            stack.kill9("kafka");
            ingest.begin();
            ingest.awaitEnd();
            stack.startKafka();
        }
    },
    /** PostgreSQL (every service's database) stops for 60 s mid-ingest. */
    POSTGRES_STOP_60S("postgres-stop-60s", "PostgreSQL stopped 60 s mid-ingest, then started") {
        @Override
        void inject(LocalStack stack, Ingesting ingest) throws Exception {
            ingest.awaitFraction(0.25);
            stack.stopPostgres();
            Thread.sleep(60_000);
            stack.startPostgres();
        }
    },
    /** An owner dies while requests are in flight; the clients retry what was not acknowledged. */
    OWNER_KILL("owner-kill", "budget-service kill -9 mid-request, restarted at once") {
        @Override
        void inject(LocalStack stack, Ingesting ingest) throws Exception {
            crashAndRestart(stack, ingest, "budget-service", 8081);
        }
    };

    final String id;
    final String description;

    Fault(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** Whether the fault starts the ingest itself (after breaking something first). */
    boolean beforeIngest() {
        return false;
    }

    abstract void inject(LocalStack stack, Ingesting ingest) throws Exception;

    /** {@code kill -9} 30 % into the ingest, restarted at once; notes how long until it was ready again. */
    private static void crashAndRestart(LocalStack stack, Ingesting ingest, String service, int port) throws Exception {
        ingest.awaitFraction(0.3);
        stack.kill9(service);
        long killed = System.nanoTime();
        stack.startService(service, port);
        ingest.note("secondsFromKillToReady", java.time.Duration.ofNanos(System.nanoTime() - killed));
    }

    static Fault byId(String id) {
        for (Fault f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown fault " + id + "; known: aggregation-kill, broker-kill-30s, "
                + "broker-down-ingest, postgres-stop-60s, owner-kill");
    }

    /** The ingest as the fault sees it: how far it is, and (for faults that come first) when to let it start. */
    interface Ingesting {
        void begin();

        void awaitFraction(double fraction) throws InterruptedException;

        void awaitEnd() throws Exception;

        /** A figure of the fault itself (e.g. how long the restarted process took to be ready), for the report. */
        void note(String name, java.time.Duration value);
    }
}
