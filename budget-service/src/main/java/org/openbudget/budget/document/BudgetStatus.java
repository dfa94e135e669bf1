package org.openbudget.budget.document;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The workflow of a department-year budget: draft → submitted → approved → published. */
public enum BudgetStatus {
    /** 草稿 — being entered by the department; the only status in which content may change. */
    @JsonProperty("draft") DRAFT,
    /** 已报送 — sent to the finance bureau for approval. */
    @JsonProperty("submitted") SUBMITTED,
    /** 已批复 — approved; disclosure is due within 20 days of the approval date. */
    @JsonProperty("approved") APPROVED,
    /** 已公开 — published; immutable, a later change is a new adjusted version (调整预算). */
    @JsonProperty("published") PUBLISHED;

    public String wireName() {
        return name().toLowerCase();
    }
}
