package org.openbudget.aggregation.document.bundle;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openbudget.aggregation.document.DocumentScope;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * County bundles, built in the background from jobs every replica shares in PostgreSQL ({@link BundleJobStore}): a
 * job started through one replica is answered by any other, and a restart loses nothing.
 *
 * <p>Each replica has one worker thread (a county of 150 departments renders 450 files; on 2 cores one bundle at a
 * time keeps the service responsive). It claims the oldest job nobody builds ({@code for update skip locked}), holds
 * it by a lease renewed every third of its length by a heartbeat thread (and after each department and each chunk),
 * and polls every {@code poll-interval}.
 * A worker that dies (a killed pod) stops renewing: once its lease has run out another replica's worker — or this
 * one after its restart — claims the job and builds it again from the start; after {@code max-attempts} claims
 * the job is failed with the reason instead. A replica that shuts down gracefully gives its job back at once.
 */
@ApplicationScoped
public class BundleJobs {

    private static final Logger LOG = Logger.getLogger(BundleJobs.class);

    /** Thrown from the progress callback when the replica shuts down: the job is given back, not failed. */
    private static final class Stopping extends IOException {
        Stopping() {
            super("the replica is shutting down");
        }
    }

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "document-bundle");
        t.setDaemon(true);
        return t;
    });
    /** Renews the lease of the job being built while the worker is inside one long step (a big PDF, the county files). */
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "document-bundle-lease");
        t.setDaemon(true);
        return t;
    });
    private final BundleJobStore store;
    private final BundleWriter writer;
    private final String owner;
    private final Duration retention;
    private final int maxJobs;
    private final Duration lease;
    private final Duration pollInterval;
    private final int maxAttempts;
    private final int chunkBytes;
    private volatile boolean stopping;
    private long lastExpiry;

    public BundleJobs(BundleJobStore store, BundleWriter writer,
                      @ConfigProperty(name = "openbudget.instance.id") String instanceId,
                      @ConfigProperty(name = "openbudget.documents.bundle.retention", defaultValue = "PT2H") Duration retention,
                      @ConfigProperty(name = "openbudget.documents.bundle.max-jobs", defaultValue = "20") int maxJobs,
                      @ConfigProperty(name = "openbudget.documents.bundle.lease", defaultValue = "PT1M") Duration lease,
                      @ConfigProperty(name = "openbudget.documents.bundle.poll-interval", defaultValue = "PT2S") Duration pollInterval,
                      @ConfigProperty(name = "openbudget.documents.bundle.max-attempts", defaultValue = "3") int maxAttempts,
                      @ConfigProperty(name = "openbudget.documents.bundle.chunk-bytes", defaultValue = "4194304") int chunkBytes) {
        this.store = store;
        this.writer = writer;
        // two processes may share an instance id on one host (tests, a restart overlapping its predecessor): the lease
        // owner says which process
        this.owner = instanceId + "/" + UUID.randomUUID().toString().substring(0, 8);
        this.retention = retention;
        this.maxJobs = maxJobs;
        this.lease = lease;
        this.pollInterval = pollInterval;
        this.maxAttempts = maxAttempts;
        this.chunkBytes = chunkBytes;
    }

    void start(@Observes StartupEvent event) {
        worker.scheduleWithFixedDelay(this::drain, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public BundleJob start(int year, String region, DocumentScope scope) {
        BundleJob job = store.create(year, region, scope.wire());
        worker.execute(this::drain);
        return job;
    }

    public Optional<BundleJob> find(UUID id) {
        return store.find(id);
    }

    /** Builds every job nobody builds, one after the other; whatever fails is logged and tried at the next poll. */
    private void drain() {
        try {
            expireNowAndThen();
            store.failAbandoned(maxAttempts);
            Optional<BundleJobStore.Claim> claim;
            while (!stopping && (claim = store.claim(owner, lease)).isPresent()) {
                build(claim.get());
            }
        } catch (RuntimeException e) {
            LOG.warnf("county bundles: %s (tried again in %s)", e.getMessage(), pollInterval);
        }
    }

    private void build(BundleJobStore.Claim claim) {
        BundleJob job = claim.job();
        LOG.infof("county bundle %s (%s, %d, %s): built by %s", job.id(), job.region(), job.year(), job.scope(), owner);
        long started = System.nanoTime();
        AtomicBoolean lost = new AtomicBoolean();
        long beat = Math.max(100, lease.toMillis() / 3);
        ScheduledFuture<?> renewing = heartbeat.scheduleWithFixedDelay(() -> {
            try {
                if (!store.renew(claim, lease)) {
                    lost.set(true);
                }
            } catch (RuntimeException e) {
                LOG.debugf("county bundle %s: lease not renewed (%s); tried again in %d ms", job.id(), e.getMessage(), beat);
            }
        }, beat, beat, TimeUnit.MILLISECONDS);
        try {
            ZipChunks zip = new ZipChunks(store, claim, chunkBytes, lease);
            writer.write(job, zip, (departments, completed) -> {
                if (stopping) {
                    throw new Stopping();
                }
                if (lost.get() || !store.progress(claim, departments, completed, lease)) {
                    throw new ZipChunks.LostJob("bundle " + job.id() + " was taken over by another worker");
                }
            });
            if (store.finish(claim, zip.size(), zip.chunks())) {
                LOG.infof("county bundle %s done: %d bytes in %d chunks, %d ms", job.id(), zip.size(), zip.chunks(),
                        (System.nanoTime() - started) / 1_000_000);
            } else {
                LOG.warnf("county bundle %s was taken over by another worker before it finished here", job.id());
            }
        } catch (Stopping e) {
            store.release(claim);
            LOG.infof("county bundle %s given back: %s", job.id(), e.getMessage());
        } catch (ZipChunks.LostJob e) {
            LOG.warnf("county bundle %s: %s", job.id(), e.getMessage());
        } catch (Exception e) {
            LOG.errorf(e, "county bundle %s (%s, %d) failed", job.id(), job.region(), job.year());
            store.fail(claim, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            renewing.cancel(false);
        }
    }

    private void expireNowAndThen() {
        long now = System.nanoTime();
        if (lastExpiry == 0 || now - lastExpiry > TimeUnit.MINUTES.toNanos(1)) {
            lastExpiry = now;
            int gone = store.expire(retention, maxJobs);
            if (gone > 0) {
                LOG.debugf("county bundles: %d finished jobs expired", gone);
            }
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        worker.shutdown();
        heartbeat.shutdown();
        // a job being built is given back by the worker at its next department; one that takes longer stays
        // claimed until its lease runs out
        if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("county bundles: the worker did not stop within 10 s; its job is claimed again when its lease runs out");
        }
    }
}
