package org.openbudget.disclosure.validation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How bad a finding is. */
public enum Severity {
    /** The figures contradict each other (beyond rounding) or a required row is missing; blocks submission. */
    @JsonProperty("error") ERROR,
    /** Probably wrong, but legitimate cases exist (an unknown code, a name differing from the catalog). */
    @JsonProperty("warning") WARNING,
    /** A gap of at most 0.01 per summed cell in figures entered in 万元: the printed rounding, not a mistake. */
    @JsonProperty("rounding-info") ROUNDING_INFO
}
