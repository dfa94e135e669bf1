package org.openbudget.aggregation.document;

import org.openbudget.common.problem.ProblemException;

import java.util.Arrays;

/** The three formats of a department document, by file extension. */
public enum DocumentFormat {
    HTML("html", "text/html; charset=UTF-8"),
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    DocumentFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static DocumentFormat of(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("format", "must be html, pdf or xlsx, not '" + extension + "'"));
    }
}
