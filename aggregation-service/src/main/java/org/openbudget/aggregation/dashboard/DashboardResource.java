package org.openbudget.aggregation.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /dashboard}: the county dashboard page (issue 18) and {@code GET /dashboard/config}, what it needs to
 * sign in. Public: the page holds no figure — its scripts ask the roll-up, consistency and document APIs with the
 * caller's own token, as any other client does. Its scripts and styles are static files under {@code /dashboard/}.
 */
@Path("/dashboard")
@Tag(name = "dashboard")
@PermitAll
public class DashboardResource {

    private static final String PAGE = "META-INF/resources/dashboard/index.html";

    private final DashboardConfig config;
    private final String page;

    public DashboardResource(DashboardConfig config, ObjectMapper json) throws JsonProcessingException {
        this.config = config;
        // the settings ride along in the page (one round trip less before the first figures); "</" escaped so that
        // no configured value can end the script element
        String settings = json.writeValueAsString(config.view()).replace("</", "<\\/");
        this.page = read(PAGE).replace("<!--dashboard-config-->",
                "<script id=\"dashboard-config\" type=\"application/json\">" + settings + "</script>");
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The county dashboard (HTML): roll-ups, drill-down, departments' status and documents",
            description = "?year=&region=&scope=&fn= open a view; the page reads everything from the public APIs.")
    public String page() {
        return page;
    }

    @GET
    @Path("/config")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What the dashboard needs to sign in (issuer, public client) and its default view")
    public DashboardConfig.View config() {
        return config.view();
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
