package org.openbudget.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who sends the current request, read from its verified bearer token: subject, client, roles and the departments
 * and regions it acts for. Anonymous when the request carries no token (an invalid token never gets this far:
 * it is refused with 401 before any resource runs).
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    // read once per request: every permission check of the request asks for them
    private Set<String> departments;
    private Set<String> regions;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean anonymous() {
        return identity.isAnonymous();
    }

    public boolean has(String role) {
        return !identity.isAnonymous() && identity.hasRole(role);
    }

    /** The token's {@code sub}: the person or the service account. */
    public String subject() {
        JsonWebToken jwt = token();
        if (jwt == null) {
            return null;
        }
        return jwt.getSubject() != null ? jwt.getSubject() : identity.getPrincipal().getName();
    }

    /** The client the token was issued to ({@code azp}, else {@code client_id}): which system or front end acted. */
    public String clientId() {
        JsonWebToken jwt = token();
        if (jwt == null) {
            return null;
        }
        Object azp = jwt.getClaim("azp");
        Object client = azp != null ? azp : jwt.getClaim("client_id");
        return client == null ? null : text(client);
    }

    /** The user's name for people ({@code preferred_username}), else the subject. */
    public String name() {
        JsonWebToken jwt = token();
        if (jwt == null) {
            return null;
        }
        Object name = jwt.getClaim("preferred_username");
        return name != null ? text(name) : subject();
    }

    public Set<String> departments() {
        if (departments == null) {
            departments = strings("departments");
        }
        return departments;
    }

    public Set<String> regions() {
        if (regions == null) {
            regions = strings("regions");
        }
        return regions;
    }

    /** An editor whose {@code departments} claim lists this department (or {@code *}). */
    public boolean edits(String department) {
        return has(Roles.EDITOR) && covers(departments(), department);
    }

    /** A reviewer whose {@code regions} claim lists this region (or {@code *}); an unknown region only for {@code *}. */
    public boolean reviews(String region) {
        return has(Roles.REVIEWER) && covers(regions(), region);
    }

    private static boolean covers(Set<String> claim, String value) {
        return claim.contains(Roles.ALL) || (value != null && claim.contains(value));
    }

    private JsonWebToken token() {
        if (identity.isAnonymous()) {
            return null;
        }
        return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
    }

    private Set<String> strings(String claim) {
        JsonWebToken jwt = token();
        Object value = jwt == null ? null : jwt.getClaim(claim);
        Set<String> out = new LinkedHashSet<>();
        if (value instanceof Collection<?> values) {
            values.forEach(v -> out.add(text(v)));
        } else if (value != null) {
            out.add(text(value)); // a single-valued attribute arrives as a plain string
        }
        return Set.copyOf(out);
    }

    private static String text(Object value) {
        return value instanceof JsonString s ? s.getString() : String.valueOf(value);
    }
}
