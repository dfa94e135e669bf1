package org.openbudget.asset.validation;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How bad a finding is. {@code rounding-info}: a gap no larger than the rounding of the printed 万元 cells
 * (docs/DESIGN.md §3) — worth showing, not an inconsistency.
 */
@Schema(enumeration = {"error", "warning", "rounding-info"})
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    ROUNDING_INFO("rounding-info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
