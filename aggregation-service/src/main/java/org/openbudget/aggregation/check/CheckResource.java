package org.openbudget.aggregation.check;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.security.Roles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

/**
 * {@code POST /api/v1/check} — check a disclosure without loading it (issue 14, the auditor's case): the file as
 * multipart/form-data field {@code file}, or as the raw body with its content type. Answers JSON, or HTML for
 * {@code Accept: text/html} or {@code ?format=html}. Nothing is stored.
 *
 * <p>Who: any signed-in user (editor, reviewer, auditor, admin). Nothing stored is read, so no department or
 * region scope applies; the public is refused because parsing a document costs far more than a read and anonymous
 * callers could keep the service busy with it.
 */
@Path("/api/v1/check")
@Tag(name = "check")
public class CheckResource {

    private static final String PDF = "application/pdf";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DocumentCheck check;
    private final long maxBytes;

    public CheckResource(DocumentCheck check,
                         @ConfigProperty(name = "openbudget.check.max-bytes", defaultValue = "20971520") long maxBytes) {
        this.check = check;
        this.maxBytes = maxBytes;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @RolesAllowed({Roles.EDITOR, Roles.REVIEWER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Check a published budget disclosure without loading it: the nine tables read from it, the parser's "
            + "warnings, codes the year's catalog does not confirm, and the consistency findings of stored budgets",
            description = "The document (PDF, XLSX, HTML or the text export; the format is told from the content) as "
                    + "multipart/form-data field 'file' or as the raw body (text/plain, text/html, application/pdf, XLSX, "
                    + "application/octet-stream; ?name= names it). JSON, or HTML with Accept: text/html or ?format=html. "
                    + "?year= when the document prints no year. Nothing is stored. Any signed-in user. A file over "
                    + "openbudget.check.max-bytes is 413; a file that is not a readable budget document is 422, naming 'file'.")
    public Response upload(@RestForm("file") FileUpload file, @QueryParam("year") Integer year,
                           @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "no file: send the document as multipart/form-data field 'file'");
        }
        tooLarge(file.size());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw unreadable("the upload could not be read (" + e.getMessage() + ")");
        }
        String name = file.fileName() == null || file.fileName().isBlank() ? "upload" : file.fileName();
        return answer(name, bytes, year, format, accept);
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, PDF, XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @RolesAllowed({Roles.EDITOR, Roles.REVIEWER, Roles.AUDITOR, Roles.ADMIN})
    public Response raw(InputStream body, @QueryParam("name") String name, @QueryParam("year") Integer year,
                        @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        byte[] bytes;
        try {
            // one byte more than allowed tells a file at the limit from a larger one without reading all of it
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw unreadable("the upload could not be read (" + e.getMessage() + ")");
        }
        tooLarge(bytes.length);
        return answer(name == null || name.isBlank() ? "upload" : name, bytes, year, format, accept);
    }

    private Response answer(String name, byte[] bytes, Integer year, String format, String accept) {
        if (year != null && (year < 1990 || year > 2100)) {
            throw ProblemException.invalid("year", "must be between 1990 and 2100");
        }
        boolean html = html(format, accept);
        CheckReport report;
        try {
            report = check.check(name, bytes, year, maxBytes);
        } catch (UnreadableUpload e) {
            throw unreadable(e.getMessage());
        }
        return html ? Response.ok(CheckHtml.render(report), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build()
                : Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static boolean html(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format) {
                case "html" -> true;
                case "json" -> false;
                default -> throw ProblemException.invalid("format", "must be json or html");
            };
        }
        // a browser's Accept names text/html before anything else; an API client's names JSON or nothing
        return accept != null && accept.contains(MediaType.TEXT_HTML)
                && (!accept.contains(MediaType.APPLICATION_JSON) || accept.indexOf(MediaType.TEXT_HTML) < accept.indexOf(MediaType.APPLICATION_JSON));
    }

    private void tooLarge(long size) {
        if (size > maxBytes) {
            throw new ProblemException(413, "too-large", "Payload too large",
                    "file: more than " + maxBytes + " bytes; a published budget document is a few MB",
                    List.of(new FieldError("file", "more than " + maxBytes + " bytes (openbudget.check.max-bytes)")));
        }
    }

    private static ProblemException unreadable(String message) {
        return new ProblemException(422, "unreadable-document", "Not a readable budget document", "file: " + message,
                List.of(new FieldError("file", message)));
    }
}
