package org.openbudget.budget.classification;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.ProblemException;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an uploaded catalog CSV (RFC 4180, through Commons CSV): header {@code code,name,level[,verified]}, UTF-8 (a
 * BOM is tolerated), CRLF or LF, any field may be quoted — a spreadsheet quotes a name with a comma or a quote in it
 * ({@code "其他支出（含""三保""）,补充"}) — and trailing empty cells, which spreadsheets add, are ignored. Every row is
 * checked (code shape, level matching the code length, parent present, no duplicates); any error refuses the whole
 * file, naming the line. Lines starting with {@code #} are comments (the shipped year files carry their provenance so).
 */
public final class CatalogCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true).setCommentMarker('#').get();

    private CatalogCsv() {
    }

    public record Row(String code, String name, String level, boolean verified) {
    }

    /** One CSV record: its cells without trailing empty ones, and the line it starts on. */
    private record Line(List<String> cells, long number) {
    }

    public static List<Row> parse(Scheme scheme, String text, boolean verifiedByDefault) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid("$", "the catalog is empty; expected a CSV with header code,name,level[,verified]");
        }
        List<Line> lines = read(text.replace("\uFEFF", ""));
        String header = lines.isEmpty() ? "" : String.join(",", lines.get(0).cells());
        boolean hasVerified = header.equals("code,name,level,verified");
        if (!hasVerified && !header.equals("code,name,level")) {
            throw ProblemException.invalid("line " + (lines.isEmpty() ? 1 : lines.get(0).number()),
                    "header must be code,name,level or code,name,level,verified");
        }
        int columns = hasVerified ? 4 : 3;
        List<Row> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Line line : lines.subList(1, lines.size())) {
            String field = "line " + line.number();
            List<String> cols = line.cells();
            if (cols.size() != columns) {
                errors.add(new FieldError(field, "expected " + columns + " comma-separated columns"));
                continue;
            }
            String code = cols.get(0);
            String name = cols.get(1);
            String level = cols.get(2);
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
                String v = cols.get(3);
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

    private static List<Line> read(String text) {
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            // the line a record starts on: one past the line breaks read before it (a quoted name may hold one); empty
            // lines come as records of one empty cell, so that the count stays right, and are skipped
            long startLine = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.toList().stream().map(String::strip).toList());
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                if (!cells.isEmpty()) {
                    // '#' lines before a record (the shipped files' provenance notes) come with it as its comment
                    long comments = record.hasComment() ? record.getComment().split("\n", -1).length : 0;
                    lines.add(new Line(cells, startLine + comments));
                }
                startLine = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports an unterminated quote this way; the message names the position
            throw ProblemException.invalid("$", "not a readable CSV: " + e.getMessage());
        }
        return lines;
    }

    static String levelOf(String code) {
        return switch (code.length()) {
            case 3 -> "类";
            case 5 -> "款";
            default -> "项";
        };
    }
}
