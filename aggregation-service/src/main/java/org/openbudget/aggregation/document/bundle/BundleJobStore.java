package org.openbudget.aggregation.document.bundle;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code bundle_job} and {@code bundle_zip_chunk} (V10__bundle_jobs.sql): the jobs every replica shares. Each call is
 * one statement in its own transaction (autocommit), and every write of a worker names its run: a worker whose
 * lease another replica took over writes nothing more (its statements match no row) and stops. Times are the
 * database's ({@code now()}), so replicas with skewed clocks agree on whose lease ran out.
 */
@ApplicationScoped
public class BundleJobStore {

    /** A job claimed by one worker: its writes carry {@code runId}. */
    public record Claim(BundleJob job, UUID runId) {
    }

    private static final String COLUMNS = "id, year, region, scope, state, departments, completed, error, created_at, "
            + "finished_at, size, run_id, chunks";

    private final DataSource db;

    public BundleJobStore(DataSource db) {
        this.db = db;
    }

    public BundleJob create(int year, String region, String scope) {
        return one("insert into bundle_job (id, year, region, scope, state) values (?, ?, ?, ?, 'queued') returning " + COLUMNS,
                UUID.randomUUID(), year, region, scope).orElseThrow();
    }

    public Optional<BundleJob> find(UUID id) {
        return one("select " + COLUMNS + " from bundle_job where id = ?", id);
    }

    /**
     * Fails the running jobs whose lease ran out after {@code maxAttempts} claims: the workers building them stopped
     * (a killed pod, an out-of-memory) that often, so a further claim would most likely stop the same way.
     */
    public int failAbandoned(int maxAttempts) {
        return update("update bundle_job set state = 'failed', finished_at = now(), error = 'the bundle was started "
                + "' || attempts || ' times and each time the replica building it stopped (last: ' || coalesce(lease_owner, '?') "
                + "|| '); start it again', run_id = null, lease_owner = null, lease_until = null "
                + "where state = 'running' and lease_until < now() and attempts >= ?", maxAttempts);
    }

    /**
     * Takes the oldest job nobody builds: queued, or running with a lease that ran out (its worker stopped, on this
     * replica or another). {@code skip locked}: two replicas polling at once take two different jobs, never one twice.
     */
    public Optional<Claim> claim(String owner, Duration lease) {
        UUID run = UUID.randomUUID();
        return one("update bundle_job set state = 'running', attempts = attempts + 1, run_id = ?, lease_owner = ?, "
                        + "lease_until = now() + ? * interval '1 millisecond', completed = 0 "
                        + "where id = (select id from bundle_job where state = 'queued' or (state = 'running' and lease_until < now()) "
                        + "order by created_at limit 1 for update skip locked) returning " + COLUMNS,
                run, owner, lease.toMillis()).map(job -> new Claim(job, run));
    }

    /** Progress, and the lease renewed; false when the run no longer holds the job. */
    public boolean progress(Claim claim, int departments, int completed, Duration lease) {
        return update("update bundle_job set departments = ?, completed = ?, lease_until = now() + ? * interval '1 millisecond' "
                + "where id = ? and run_id = ? and state = 'running'", departments, completed, lease.toMillis(),
                claim.job().id(), claim.runId()) == 1;
    }

    /** The lease renewed; false when the run no longer holds the job. */
    public boolean renew(Claim claim, Duration lease) {
        return update("update bundle_job set lease_until = now() + ? * interval '1 millisecond' where id = ? and run_id = ? "
                + "and state = 'running'", lease.toMillis(), claim.job().id(), claim.runId()) == 1;
    }

    /** Appends chunk {@code seq} of the run's zip (and renews the lease); false when the run no longer holds the job. */
    public boolean writeChunk(Claim claim, int seq, byte[] content, Duration lease) {
        if (!renew(claim, lease)) {
            return false;
        }
        update("insert into bundle_zip_chunk (job_id, run_id, seq, content) values (?, ?, ?, ?)",
                claim.job().id(), claim.runId(), seq, content);
        return true;
    }

    /** Done: the run's chunks are the zip; chunks of earlier, abandoned runs go. */
    public boolean finish(Claim claim, long size, int chunks) {
        boolean mine = update("update bundle_job set state = 'done', size = ?, chunks = ?, finished_at = now(), "
                + "lease_owner = null, lease_until = null where id = ? and run_id = ? and state = 'running'",
                size, chunks, claim.job().id(), claim.runId()) == 1;
        if (mine) {
            update("delete from bundle_zip_chunk where job_id = ? and run_id <> ?", claim.job().id(), claim.runId());
        }
        return mine;
    }

    public boolean fail(Claim claim, String error) {
        boolean mine = update("update bundle_job set state = 'failed', error = ?, finished_at = now(), lease_owner = null, "
                + "lease_until = null where id = ? and run_id = ? and state = 'running'", error, claim.job().id(), claim.runId()) == 1;
        if (mine) {
            update("delete from bundle_zip_chunk where job_id = ?", claim.job().id());
        }
        return mine;
    }

    /**
     * Gives a job back at shutdown (a rolling update, a scale-down): queued again for the next worker at once, and the
     * claim not counted against it — it was not the job that stopped the worker.
     */
    public boolean release(Claim claim) {
        boolean mine = update("update bundle_job set state = 'queued', attempts = attempts - 1, run_id = null, lease_owner = null, "
                + "lease_until = null, completed = 0 where id = ? and run_id = ? and state = 'running'",
                claim.job().id(), claim.runId()) == 1;
        if (mine) {
            update("delete from bundle_zip_chunk where job_id = ? and run_id = ?", claim.job().id(), claim.runId());
        }
        return mine;
    }

    public byte[] chunk(BundleJob job, int seq) {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select content from bundle_zip_chunk where job_id = ? and run_id = ? and seq = ?")) {
            bind(s, job.id(), job.runId(), seq);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("bundle " + job.id() + " has no chunk " + seq + " (expired meanwhile?)");
                }
                return r.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read bundle " + job.id() + ": " + e.getMessage(), e);
        }
    }

    /** Forgets finished jobs older than {@code retention}, then the oldest finished ones beyond {@code maxJobs}. */
    public int expire(Duration retention, int maxJobs) {
        return update("delete from bundle_job where finished_at < now() - ? * interval '1 millisecond'", retention.toMillis())
                + update("delete from bundle_job where id in (select id from bundle_job where finished_at is not null "
                + "order by finished_at desc offset ?)", Math.max(0, maxJobs));
    }

    private Optional<BundleJob> one(String sql, Object... parameters) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(job(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("bundle jobs: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("bundle jobs: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
    }

    private static BundleJob job(ResultSet r) throws SQLException {
        return new BundleJob(r.getObject("id", UUID.class), r.getInt("year"), r.getString("region"), r.getString("scope"),
                BundleJob.State.valueOf(r.getString("state").toUpperCase()), r.getInt("departments"), r.getInt("completed"),
                r.getString("error"), local(r.getObject("created_at", OffsetDateTime.class)),
                local(r.getObject("finished_at", OffsetDateTime.class)), (Long) r.getObject("size"),
                r.getObject("run_id", UUID.class), (Integer) r.getObject("chunks"));
    }

    /** The database answers in UTC; the JSON kept the service's own offset, as before the jobs moved here. */
    private static OffsetDateTime local(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
