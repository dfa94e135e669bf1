package org.openbudget.disclosure.workflow;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Locale;
import java.util.Optional;

/**
 * Where one version of a versioned part stands: draft → submitted → approved → published (rules:
 * {@link WorkflowRules}). The wire names are the lower-case names; the constant names are what the owners' tables
 * store.
 */
public enum WorkflowStatus {
    /** 草稿 — being entered by the department; the only status in which content changes. */
    @JsonProperty("draft") DRAFT,
    /** 已报送 — sent to the finance bureau; frozen until returned or approved. */
    @JsonProperty("submitted") SUBMITTED,
    /** 已批复 — approved; disclosure is due within 20 days of the approval date. */
    @JsonProperty("approved") APPROVED,
    /** 已公开 — published; never changes again, a later change is an adjustment (调整), a new version. */
    @JsonProperty("published") PUBLISHED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a client names ({@code draft} …); empty for anything else, upper case included. */
    public static Optional<WorkflowStatus> ofWireName(String wireName) {
        for (WorkflowStatus status : values()) {
            if (status.wireName().equals(wireName)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
