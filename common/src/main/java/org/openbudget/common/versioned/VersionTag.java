package org.openbudget.common.versioned;

import jakarta.ws.rs.core.EntityTag;
import org.openbudget.common.problem.ProblemException;

/**
 * A versioned part's version on the wire: the ETag of every answer that carries the part is its version as a strong
 * tag ({@code ETag: "7"}), and If-Match sends it back. The version counts every committed change of the part, so a
 * stale If-Match means someone changed it since the client read it.
 */
public final class VersionTag {

    public static final String IF_MATCH = "If-Match";

    private VersionTag() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version in If-Match — {@code "7"}, {@code W/"7"} or {@code 7} (weak tags are accepted: the version is the
     * same whatever the representation); null when the header is absent or blank. Anything else is a 400 naming
     * {@code If-Match}.
     */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.trim().replace("W/", "").replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(IF_MATCH, "must be the version number you read (the ETag), e.g. \"3\"");
        }
    }

    /** The version in If-Match where the operation requires one: 428 when it is absent. */
    public static long required(String ifMatch, String subject) {
        Long expected = expected(ifMatch);
        if (expected == null) {
            throw VersionedProblems.ifMatchRequired(subject);
        }
        return expected;
    }

    /** 412 when the client expected another version than {@code current}; nothing when it named none. */
    public static void check(Long expected, long current, String subject) {
        if (expected != null && expected != current) {
            throw VersionedProblems.versionMismatch(subject, current, expected);
        }
    }
}
