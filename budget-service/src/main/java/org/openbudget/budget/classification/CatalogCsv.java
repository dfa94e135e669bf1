package org.openbudget.budget.classification;

import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a catalog CSV: header {@code code,name,level[,verified]}, UTF-8 (a BOM is tolerated), CRLF or LF.
 * Every row is checked (code shape, level matching the code length, parent present, no duplicates); any
 * error refuses the whole file, naming the line.
 */
public final class CatalogCsv {

    private CatalogCsv() {
    }

    public record Row(String code, String name, String level, boolean verified) {
    }

    public static List<Row> parse(Scheme scheme, String text, boolean verifiedByDefault) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid("$", "the catalog is empty; expected a CSV with header code,name,level[,verified]");
        }
        String[] lines = text.replace("\uFEFF", "").split("\r?\n");
        String header = lines[0].trim();
        boolean hasVerified = header.equals("code,name,level,verified");
        if (!hasVerified && !header.equals("code,name,level")) {
            throw ProblemException.invalid("line 1", "header must be code,name,level or code,name,level,verified");
        }
        List<Row> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            String field = "line " + (i + 1);
            String[] cols = line.split(",", -1);
            if (cols.length != (hasVerified ? 4 : 3)) {
                errors.add(new FieldError(field, "expected " + (hasVerified ? 4 : 3) + " comma-separated columns"));
                continue;
            }
            String code = cols[0].trim();
            String name = cols[1].trim();
            String level = cols[2].trim();
            if (!scheme.wellFormed(code)) {
                errors.add(new FieldError(field, "code " + code + " is not a " + scheme.path() + " code"));
                continue;
            }
            if (!level.equals(levelOf(code))) {
                errors.add(new FieldError(field, "level of " + code + " must be " + levelOf(code)));
            }
            if (name.isEmpty() || name.length() > 200) {
                errors.add(new FieldError(field, "name must have 1 to 200 characters"));
            }
            if (!codes.add(code)) {
                errors.add(new FieldError(field, "duplicate code " + code));
            }
            boolean verified = verifiedByDefault;
            if (hasVerified) {
                String v = cols[3].trim();
                if (!v.equals("true") && !v.equals("false")) {
                    errors.add(new FieldError(field, "verified must be true or false"));
                }
                verified = v.equals("true");
            }
            rows.add(new Row(code, name, level, verified));
        }
        for (Row row : rows) {
            if (row.code().length() > 3 && !codes.contains(row.code().substring(0, row.code().length() - 2))) {
                errors.add(new FieldError("code " + row.code(), "its parent " + row.code().substring(0, row.code().length() - 2)
                        + " is not in the file"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.size() > 50 ? errors.subList(0, 50) : errors);
        }
        if (rows.isEmpty()) {
            throw ProblemException.invalid("$", "the catalog has no rows");
        }
        return rows;
    }

    static String levelOf(String code) {
        return switch (code.length()) {
            case 3 -> "类";
            case 5 -> "款";
            default -> "项";
        };
    }
}
