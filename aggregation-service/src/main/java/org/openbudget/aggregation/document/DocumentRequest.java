package org.openbudget.aggregation.document;

import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /api/v1/documents/{dept}/{year}.{format}?scope=}, validated: every bad part is named. */
public record DocumentRequest(String department, int year, DocumentFormat format, DocumentScope scope) {

    private static final Pattern FILE = Pattern.compile("([^.]*)\\.([^.]*)");
    private static final Pattern DEPARTMENT = Pattern.compile("[0-9A-Za-z]{1,20}");
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    public static DocumentRequest parse(String department, String file, String scope) {
        List<FieldError> errors = new ArrayList<>();
        if (department == null || !DEPARTMENT.matcher(department).matches()) {
            errors.add(new FieldError("dept", "must be a department code of 1–20 letters or digits"));
        }
        Matcher m = FILE.matcher(file == null ? "" : file);
        Integer year = null;
        DocumentFormat format = null;
        if (!m.matches()) {
            errors.add(new FieldError("format", "the file name must be {year}.html, {year}.pdf or {year}.xlsx"));
        } else {
            year = year(m.group(1), errors);
            try {
                format = DocumentFormat.of(m.group(2));
            } catch (ProblemException e) {
                errors.add(new FieldError("format", "must be html, pdf or xlsx, not '" + m.group(2) + "'"));
            }
        }
        DocumentScope parsedScope = scope(scope, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new DocumentRequest(department, year, format, parsedScope);
    }

    /** {@code ?scope=}: published (default) or current; a problem is added to {@code errors} under the field {@code scope}. */
    public static DocumentScope scope(String text, List<FieldError> errors) {
        try {
            return DocumentScope.parse(text);
        } catch (ProblemException e) {
            errors.add(new FieldError("scope", "must be published or current"));
            return null;
        }
    }

    /** A budget year between 2000 and 2100; problems are added to {@code errors} under the field {@code year}. */
    public static Integer year(String text, List<FieldError> errors) {
        if (text == null || !text.matches("\\d{4}")) {
            errors.add(new FieldError("year", "must be a 4-digit year"));
            return null;
        }
        int year = Integer.parseInt(text);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            errors.add(new FieldError("year", "must be between " + MIN_YEAR + " and " + MAX_YEAR));
            return null;
        }
        return year;
    }

    public String fileName() {
        return department + "-" + year + "." + format.extension();
    }
}
