package org.openbudget.aggregation.document.bundle;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bundle jobs are rows every replica shares (V10__bundle_jobs.sql). What another replica left behind is written here
 * as that replica would have left it — a claimed job, its lease, a chunk of its zip — and this instance's worker must
 * deal with it: resume a job whose replica died, leave alone one a live replica holds, fail one whose replicas kept
 * dying, and fence off a worker whose job was taken over. Regions 99xxxx have no department, so the zips are quick.
 */
@QuarkusTest
class BundleJobLeaseTest {

    @Inject
    DataSource db;

    @Inject
    BundleJobStore store;

    @Test
    void aJobWhoseReplicaDiedIsResumedHere() throws Exception {
        UUID deadRun = UUID.randomUUID();
        UUID id = insertRunning("990001", deadRun, "dead-pod/1", "now() - interval '1 second'", 1);
        insertChunk(id, deadRun, 0, "half a zip of the dead run".getBytes(StandardCharsets.UTF_8));

        String status = "/api/v1/documents/jobs/" + id;
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "done".equals(given().get(status).then().statusCode(200).extract().path("state")));
        byte[] zip = given().get(status + "/result").then().statusCode(200).contentType("application/zip").extract().asByteArray();
        assertTrue(entry(zip, "990001-2022/README.txt").contains("county 990001, year 2022, scope published"));
        assertEquals(2, number("select attempts from bundle_job where id = '" + id + "'"), "the dead run's claim and ours");
        assertEquals(0, number("select count(*) from bundle_zip_chunk where job_id = '" + id + "' and run_id = '" + deadRun + "'"),
                "the dead run's chunks are gone once another run finished the job");
    }

    @Test
    void aJobALiveReplicaHoldsIsLeftToItAndItsProgressShownHere() throws Exception {
        UUID id = insertRunning("990002", UUID.randomUUID(), "live-pod/2", "now() + interval '10 minutes'", 1);
        execute("update bundle_job set departments = 4, completed = 1 where id = '" + id + "'");

        Thread.sleep(1500); // several polls of this instance's worker (every 0.2 s in tests)
        given().get("/api/v1/documents/jobs/" + id).then().statusCode(200)
                .body("state", equalTo("running")).body("departments", equalTo(4)).body("completed", equalTo(1))
                .body("progress", equalTo(25));
        given().get("/api/v1/documents/jobs/" + id + "/result").then().statusCode(409).body("type", containsString("bundle-not-ready"));
        execute("delete from bundle_job where id = '" + id + "'");
    }

    @Test
    void aJobWhoseReplicasKeptDyingFailsWithTheReason() throws Exception {
        UUID id = insertRunning("990003", UUID.randomUUID(), "dead-pod/3", "now() - interval '1 second'", 3);

        String status = "/api/v1/documents/jobs/" + id;
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "failed".equals(given().get(status).then().statusCode(200).extract().path("state")));
        given().get(status).then().body("error", containsString("started 3 times"))
                .body("error", containsString("dead-pod/3")).body("finishedAt", org.hamcrest.Matchers.notNullValue());
        given().get(status + "/result").then().statusCode(410).body("detail", containsString("started 3 times"));
    }

    @Test
    void aWorkerWhoseJobWasTakenOverWritesNothingMore() throws Exception {
        // a job nobody may claim while the test holds it: its lease is the test's
        UUID first = UUID.randomUUID();
        UUID id = insertRunning("990004", first, "slow-pod/4", "now() + interval '10 minutes'", 1);
        BundleJob job = store.find(id).orElseThrow();
        BundleJobStore.Claim slow = new BundleJobStore.Claim(job, first);
        assertTrue(store.progress(slow, 2, 1, Duration.ofMinutes(10)));

        // the slow worker's lease runs out; another claims the job (as this instance's worker does within 0.2 s)
        execute("update bundle_job set lease_until = now() - interval '1 second' where id = '" + id + "'");
        await().atMost(Duration.ofSeconds(30)).until(() -> !first.equals(store.find(id).orElseThrow().runId()));

        assertFalse(store.progress(slow, 2, 2, Duration.ofMinutes(10)), "fenced: no progress");
        assertFalse(store.writeChunk(slow, 0, new byte[] {1, 2, 3}, Duration.ofMinutes(10)), "fenced: no chunk");
        assertFalse(store.finish(slow, 3, 1), "fenced: cannot finish");
        assertFalse(store.fail(slow, "late failure"), "fenced: cannot fail");
        await().atMost(Duration.ofSeconds(30)).until(() -> store.find(id).orElseThrow().state() == BundleJob.State.DONE);
        assertEquals(null, store.find(id).orElseThrow().error());
    }

    @Test
    void aZipLargerThanAChunkComesBackWhole() throws Exception {
        UUID run = UUID.randomUUID();
        UUID id = insertRunning("990005", run, "test/5", "now() + interval '10 minutes'", 1);
        BundleJobStore.Claim claim = new BundleJobStore.Claim(store.find(id).orElseThrow(), run);
        byte[] content = new byte[150_000];
        new Random(17).nextBytes(content);
        ZipChunks chunks = new ZipChunks(store, claim, 65_536, Duration.ofMinutes(1));
        try (chunks) {
            chunks.write(content, 0, 100_000);
            for (int i = 100_000; i < content.length; i++) {
                chunks.write(content[i]);
            }
        }
        assertEquals(3, chunks.chunks(), "65536 + 65536 + 18928 bytes");
        assertEquals(content.length, chunks.size());
        assertTrue(store.finish(claim, chunks.size(), chunks.chunks()));

        byte[] served = given().get("/api/v1/documents/jobs/" + id + "/result").then().statusCode(200)
                .header("Content-Length", String.valueOf(content.length)).extract().asByteArray();
        assertArrayEquals(content, served);
    }

    @Test
    void finishedJobsExpireWithTheirZips() throws Exception {
        UUID run = UUID.randomUUID();
        UUID id = insertRunning("990006", run, "test/6", "now() + interval '10 minutes'", 1);
        BundleJobStore.Claim claim = new BundleJobStore.Claim(store.find(id).orElseThrow(), run);
        assertTrue(store.writeChunk(claim, 0, new byte[] {1}, Duration.ofMinutes(1)));
        assertTrue(store.finish(claim, 1, 1));
        execute("update bundle_job set finished_at = now() - interval '3 hours' where id = '" + id + "'");

        assertTrue(store.expire(Duration.ofHours(2), 20) >= 1);
        given().get("/api/v1/documents/jobs/" + id).then().statusCode(404);
        assertEquals(0, number("select count(*) from bundle_zip_chunk where job_id = '" + id + "'"));
    }

    private UUID insertRunning(String region, UUID run, String owner, String leaseUntil, int attempts) throws Exception {
        UUID id = UUID.randomUUID();
        execute("insert into bundle_job (id, year, region, scope, state, attempts, run_id, lease_owner, lease_until) values ('"
                + id + "', 2022, '" + region + "', 'published', 'running', " + attempts + ", '" + run + "', '" + owner + "', "
                + leaseUntil + ")");
        return id;
    }

    private void insertChunk(UUID id, UUID run, int seq, byte[] content) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("insert into bundle_zip_chunk (job_id, run_id, seq, content) values (?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setObject(2, run);
            s.setInt(3, seq);
            s.setBytes(4, content);
            s.executeUpdate();
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    private long number(String sql) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in the zip");
    }
}
