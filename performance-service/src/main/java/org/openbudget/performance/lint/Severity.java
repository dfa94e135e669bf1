package org.openbudget.performance.lint;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much a lint finding matters. Errors block submission; warnings and infos never block anything. */
public enum Severity {
    ERROR, WARNING, INFO;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }
}
