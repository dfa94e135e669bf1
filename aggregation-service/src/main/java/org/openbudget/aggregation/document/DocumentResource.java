package org.openbudget.aggregation.document;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.openbudget.aggregation.document.bundle.BundleJob;
import org.openbudget.aggregation.document.bundle.BundleJobs;
import org.openbudget.aggregation.document.bundle.BundleStatus;
import org.openbudget.aggregation.document.model.DisclosureDocument;
import org.openbudget.aggregation.security.DraftAccess;
import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.ProblemException;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/v1/documents/{dept}/{year}.html|.pdf|.xlsx} — a department's disclosure document; and
 * {@code GET /api/v1/documents/{year}?region=}, which starts a county bundle and answers 202 with its status URL
 * (status and zip: {@link org.openbudget.aggregation.document.bundle.BundleJobResource}). Published documents are
 * public; {@code scope=current} shows drafts and is checked ({@link DraftAccess}).
 */
@Path("/api/v1/documents")
@Tag(name = "documents")
@PermitAll
public class DocumentResource {

    private final DocumentService documents;
    private final BundleJobs jobs;
    private final DraftAccess drafts;

    public DocumentResource(DocumentService documents, BundleJobs jobs, DraftAccess drafts) {
        this.documents = documents;
        this.jobs = jobs;
        this.drafts = drafts;
    }

    @GET
    @Path("/{dept}/{file}")
    @Operation(summary = "A department-year's disclosure (部门预算信息公开) as HTML, PDF or XLSX: the nine tables and sections 一–九 "
            + "computed from the read models; ?scope=published (default) or current",
            description = "Who sees drafts: scope=published (the default: the latest published versions) is public; "
                    + "scope=current (the working versions, drafts included) only the department's editors, the reviewers "
                    + "of its region and auditors — 401 without a token, 403 otherwise.")
    public Response document(@PathParam("dept") String dept, @PathParam("file") String file, @QueryParam("scope") String scope) {
        DocumentRequest request = DocumentRequest.parse(dept, file, scope);
        if (request.scope() == DocumentScope.CURRENT) {
            drafts.readDepartment(request.department());
        }
        DisclosureDocument doc = documents.required(request.department(), request.year(), request.scope(),
                drafts.readsDepartment(request.department()));
        byte[] body = documents.render(doc, request.format());
        String disposition = request.format() == DocumentFormat.XLSX ? "attachment" : "inline";
        return Response.ok(body, request.format().mediaType())
                .header("Content-Disposition", disposition + "; filename=\"" + request.fileName() + "\"")
                .header("X-Document-Scope", request.scope().wire())
                .build();
    }

    @GET
    @Path("/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the county bundle of a year: a zip of every department's HTML, PDF and XLSX plus the county summary. "
            + "Answers 202 with Location /api/v1/documents/jobs/{id}; ?region= (6-digit county code) is required, ?scope=published|current",
            description = "Who sees drafts: scope=published (the default) is public; scope=current only the county's "
                    + "reviewers and auditors (401 without a token, 403 otherwise). The job's status and zip answer "
                    + "only those who could have started it.")
    public Response start(@PathParam("year") String year, @QueryParam("region") String region, @QueryParam("scope") String scope) {
        List<FieldError> errors = new ArrayList<>();
        Integer parsedYear = DocumentRequest.year(year, errors);
        if (region == null || !region.matches("\\d{6}")) {
            errors.add(new FieldError("region", "must be the county's 6-digit administrative division code"));
        }
        DocumentScope parsedScope = DocumentRequest.scope(scope, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (parsedScope == DocumentScope.CURRENT) {
            drafts.readRegion(region);
        }
        BundleJob job = jobs.start(parsedYear, region, parsedScope);
        BundleStatus status = job.status();
        return Response.accepted(status).location(URI.create(status.statusUrl())).build();
    }
}
