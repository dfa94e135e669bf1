package org.openbudget.seeds.load;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code --departments FILE}: the county's department codes by name, for documents that print no code (Shanghai
 * prints none). A CSV as a finance bureau has it, usually an Excel export: a UTF-8 byte-order mark, quoted names,
 * 全角 spaces, a header row or none. Each row holds a name and a code; which column is which is read from a header
 * (名称/部门/单位/name, 编码/代码/code) or, without one, from the cells (the one that is a code). Names match
 * normalised: NFKC (全角 letters, digits and spaces become 半角) and every blank removed, so that
 * "上海市普陀区　社会福利院" and "上海市普陀区社会福利院" are one name.
 */
public final class DepartmentCodes {

    static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,20}");
    private static final List<String> NAME_HEADERS = List.of("名称", "部门", "单位", "name");
    private static final List<String> CODE_HEADERS = List.of("编码", "代码", "编号", "code");

    private final Map<String, String> byName;
    private final String source;

    private DepartmentCodes(Map<String, String> byName, String source) {
        this.byName = byName;
        this.source = source;
    }

    public static DepartmentCodes none() {
        return new DepartmentCodes(Map.of(), "no --departments file");
    }

    /** @throws IllegalArgumentException naming the file and row of a row that is not a name and a code */
    public static DepartmentCodes read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString());
        }
    }

    static DepartmentCodes read(Reader in, String source) throws IOException {
        Map<String, String> byName = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser csv = CSVParser.parse(in, format)) {
            int nameColumn = -1;
            int codeColumn = -1;
            for (CSVRecord row : csv) {
                String first = cell(row, 0);
                if (row.getRecordNumber() == 1 && nameColumn < 0) {
                    int[] header = header(row);
                    if (header != null) {
                        nameColumn = header[0];
                        codeColumn = header[1];
                        continue;
                    }
                }
                if (row.size() == 1 && first.isEmpty()) {
                    continue;
                }
                String name;
                String code;
                if (nameColumn >= 0) {
                    name = cell(row, nameColumn);
                    code = cell(row, codeColumn);
                } else {
                    int c = codeCell(row);
                    if (c < 0 || row.size() < 2) {
                        throw bad(source, row, "is not a name and a code");
                    }
                    code = cell(row, c);
                    name = cell(row, c == 0 ? 1 : 0);
                }
                code = normalise(code);
                if (!CODE.matcher(code).matches()) {
                    throw bad(source, row, "code \"" + code + "\" must be 1-20 letters or digits");
                }
                String key = key(name);
                if (key.isEmpty()) {
                    throw bad(source, row, "has no name");
                }
                String before = byName.putIfAbsent(key, code);
                if (before != null && !before.equals(code)) {
                    throw bad(source, row, "gives " + name + " the code " + code + ", an earlier row " + before);
                }
            }
        }
        return new DepartmentCodes(Map.copyOf(byName), source);
    }

    /** The code listed for a printed department or unit name. */
    public Optional<String> code(String printedName) {
        return printedName == null ? Optional.empty() : Optional.ofNullable(byName.get(key(printedName)));
    }

    public int size() {
        return byName.size();
    }

    public String source() {
        return source;
    }

    /** A name as it is compared: NFKC, no blanks at all (全角 spaces included), lower case for Latin letters. */
    public static String key(String name) {
        return normalise(name).replaceAll("[\\s\\u3000\\u00a0]+", "").toLowerCase(Locale.ROOT);
    }

    private static String normalise(String s) {
        // the byte-order mark of an Excel export stays on the first cell when the file is read as plain UTF-8
        return Normalizer.normalize(s.replace("\uFEFF", ""), Normalizer.Form.NFKC).strip();
    }

    private static String cell(CSVRecord row, int i) {
        return i < row.size() ? normalise(row.get(i)) : "";
    }

    /** The name and code columns of a header row, or null when the row is data. */
    private static int[] header(CSVRecord row) {
        int name = -1;
        int code = -1;
        for (int i = 0; i < row.size(); i++) {
            String h = cell(row, i).toLowerCase(Locale.ROOT);
            if (code < 0 && CODE_HEADERS.stream().anyMatch(h::contains)) {
                code = i;
            } else if (name < 0 && NAME_HEADERS.stream().anyMatch(h::contains)) {
                name = i;
            }
        }
        return name >= 0 && code >= 0 ? new int[]{name, code} : null;
    }

    /** The one cell of a data row that is a code (names hold CJK characters); -1 when none or both are. */
    private static int codeCell(CSVRecord row) {
        int found = -1;
        for (int i = 0; i < Math.min(row.size(), 2); i++) {
            if (CODE.matcher(cell(row, i)).matches()) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    private static IllegalArgumentException bad(String source, CSVRecord row, String what) {
        return new IllegalArgumentException("--departments " + source + ": row " + row.getRecordNumber() + " " + what);
    }
}
