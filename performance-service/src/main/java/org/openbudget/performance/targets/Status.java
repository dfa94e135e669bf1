package org.openbudget.performance.targets;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** Where a revision of a department-year's performance targets stands in the approval workflow. */
public enum Status {
    /** 草稿 — being entered; may change freely. */
    DRAFT,
    /** 已报送 — sent to the finance bureau; frozen until approved or reopened. */
    SUBMITTED,
    /** 已批复 — approved by the finance bureau; awaiting disclosure. */
    APPROVED,
    /** 已公开 — disclosed; never changes again (a later change is a new, adjusted revision). */
    PUBLISHED;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    public static Optional<Status> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
