package org.openbudget.aggregation.rollup;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code ?format=csv} on a roll-up URL asks for its {@code text/csv} answer as {@code Accept: text/csv} would: a plain
 * link (the dashboard's "下载 CSV", a bookmark, a spreadsheet's web import) cannot set a header. Same parameters,
 * same permissions; nothing else changes.
 */
@Provider
@PreMatching
public class CsvFormatParameter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/v1/rollups/") && "csv".equals(request.getUriInfo().getQueryParameters().getFirst("format"))) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, "text/csv");
        }
    }
}
