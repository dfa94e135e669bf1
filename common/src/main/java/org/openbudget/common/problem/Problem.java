package org.openbudget.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * RFC 7807 problem details ({@code application/problem+json}); {@code errors} names the offending
 * fields so that a client can point its user at them.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:openbudget:problem:";

    public Problem withInstance(String instance) {
        return new Problem(type, title, status, detail, instance, errors);
    }
}
