package org.openbudget.aggregation.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The dashboard's settings: the token issuer the services trust ({@code quarkus.oidc.auth-server-url}), the public
 * browser client, and the view a plain {@code /dashboard} opens (overridable: OPENBUDGET_DASHBOARD_YEAR, …_REGION).
 */
@ApplicationScoped
public class DashboardConfig {

    /** The public client (authorization code + PKCE) the realm already allows for the services' origins. */
    static final String CLIENT_ID = "openbudget-web";

    /**
     * @param issuer   the OpenID Connect issuer; the page reads its endpoints from the issuer's discovery document
     * @param clientId the public client
     * @param year     the year a plain /dashboard opens
     * @param region   the county a plain /dashboard opens
     * @param years    the years the year selector offers
     */
    public record View(String issuer, String clientId, int year, String region, List<Integer> years) {
    }

    private final View view;

    public DashboardConfig(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer,
                           @ConfigProperty(name = "openbudget.dashboard.year", defaultValue = "2022") int year,
                           @ConfigProperty(name = "openbudget.dashboard.region", defaultValue = "130127") String region,
                           @ConfigProperty(name = "openbudget.dashboard.first-year", defaultValue = "2020") int firstYear) {
        int last = Math.max(Year.now().getValue() + 1, year);
        this.view = new View(issuer, CLIENT_ID, year, region,
                IntStream.rangeClosed(Math.min(firstYear, year), last).boxed().toList());
    }

    public View view() {
        return view;
    }
}
