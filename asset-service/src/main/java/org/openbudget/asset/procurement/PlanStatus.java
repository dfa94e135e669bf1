package org.openbudget.asset.procurement;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The workflow of a procurement plan, the same as a department budget's: draft → submitted → approved → published. */
@Schema(enumeration = {"draft", "submitted", "approved", "published"})
public enum PlanStatus {
    DRAFT("draft"),
    SUBMITTED("submitted"),
    APPROVED("approved"),
    PUBLISHED("published");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public static PlanStatus parse(String label) {
        for (PlanStatus status : values()) {
            if (status.label.equals(label)) {
                return status;
            }
        }
        return null;
    }
}
