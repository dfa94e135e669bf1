package org.openbudget.aggregation.document.bundle;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.aggregation.security.DraftAccess;
import org.openbudget.common.problem.ProblemException;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/v1/documents/jobs/{id}} — a county bundle's progress, and {@code …/result} its zip. Each answers
 * only a caller who could have started the job: a published bundle anyone, a {@code current} one (drafts) the
 * county's draft readers — the job keeps its scope and region, and the check runs before its state is told.
 */
@Path("/api/v1/documents/jobs")
@Tag(name = "documents")
@PermitAll
public class BundleJobResource {

    private static final String WHO = "Who: anyone for a bundle of scope published; for scope current (drafts) only "
            + "the county's reviewers and auditors, as for starting it (401 without a token, 403 otherwise).";

    private final BundleJobs jobs;
    private final BundleJobStore store;
    private final DraftAccess drafts;

    public BundleJobResource(BundleJobs jobs, BundleJobStore store, DraftAccess drafts) {
        this.jobs = jobs;
        this.store = store;
        this.drafts = drafts;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A county bundle's state (queued, running, done, failed), progress and, when done, resultUrl",
            description = WHO)
    public Response status(@PathParam("id") String id) {
        BundleStatus status = job(id).status();
        Response.ResponseBuilder r = Response.ok(status);
        if (status.resultUrl() != null) {
            r.location(URI.create(status.resultUrl()));
        }
        return r.build();
    }

    @GET
    @Path("/{id}/result")
    @Produces({"application/zip", "application/problem+json"})
    @Operation(summary = "The finished bundle as a zip; 409 while it is still being built, 410 when it failed",
            description = WHO)
    public Response result(@PathParam("id") String id) {
        BundleJob job = job(id);
        return switch (job.state()) {
            case DONE -> Response.ok(zip(job), "application/zip").header("Content-Length", job.size())
                    .header("Content-Disposition", "attachment; filename=\"" + job.fileName() + "\"").build();
            case FAILED -> throw new ProblemException(410, "bundle-failed", "Bundle failed", job.status().error(), List.of());
            default -> throw ProblemException.conflict("bundle-not-ready", "the bundle is " + job.state().name().toLowerCase()
                    + " (" + job.status().progress() + "%): poll " + job.status().statusUrl());
        };
    }

    /** The zip streamed chunk by chunk from the database, whichever replica built it. */
    private StreamingOutput zip(BundleJob job) {
        return out -> {
            for (int seq = 0; seq < job.chunks(); seq++) {
                out.write(store.chunk(job, seq));
            }
        };
    }

    private BundleJob job(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("id", "must be a job id (UUID)");
        }
        BundleJob job = jobs.find(uuid).orElseThrow(() -> ProblemException.notFound("bundle job " + id + " (finished jobs are kept for a while, then forgotten)"));
        if (job.drafts()) {
            drafts.readRegion(job.region());
        }
        return job;
    }
}
