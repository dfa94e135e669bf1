package org.openbudget.common.testing.security;

/**
 * The callers of the authorization matrix, each a real token of the tests' Keycloak realm
 * ({@code deploy/local/keycloak/openbudget-test-realm.json}) except {@link #ANONYMOUS}. The fixture department is
 * {@value #DEPARTMENT} in region {@value #REGION}; the "other" editor and reviewer hold {@value #OTHER_DEPARTMENT}
 * and {@value #OTHER_REGION}.
 */
public enum Principal {
    ANONYMOUS,
    /** editor whose {@code departments} claim is [990434] */
    EDITOR,
    /** editor of another department (990435) */
    OTHER_EDITOR,
    /** reviewer whose {@code regions} claim is [990100] */
    REVIEWER,
    /** reviewer of another region (990200) */
    OTHER_REVIEWER,
    AUDITOR,
    ADMIN,
    /** a token of this realm, all roles, departments and regions '*', whose lifetime (1 s) is over */
    EXPIRED,
    /** a token of another issuer (realm 'elsewhere') claiming all roles, departments and regions */
    WRONG_ISSUER;

    public static final String DEPARTMENT = "990434";
    public static final String OTHER_DEPARTMENT = "990435";
    public static final String REGION = "990100";
    public static final String OTHER_REGION = "990200";

    /** Whether a refusal of this caller is 401 (no valid token) rather than 403 (a valid token that may not). */
    public boolean unauthenticated() {
        return this == ANONYMOUS || this == EXPIRED || this == WRONG_ISSUER;
    }
}
