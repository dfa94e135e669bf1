package org.openbudget.disclosure.event.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openbudget.disclosure.event.EventType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The check a producer's test makes: the schema generated from its payload record equals the checked-in file in
 * {@code disclosure-model/src/main/resources/events/}. With {@code -Devents.schemas.write=true} it rewrites the file
 * instead (then review the diff and commit it: the consumer validates against that file).
 */
public final class CheckedInSchema {

    /** System property that makes the check rewrite the checked-in schema. */
    public static final String WRITE = "events.schemas.write";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    private static final int DIFF_LINES = 60;

    private CheckedInSchema() {
    }

    /**
     * Fails with a line diff when the checked-in schema of {@code type} is not what {@code payload} generates.
     *
     * @param module the producer's Maven module, to name the command that regenerates
     */
    public static void assertUpToDate(EventType type, Class<?> payload, ContractRules rules, String module) {
        String generated = print(EventSchemaGenerator.generate(type, payload, rules));
        Path file = file(type);
        if (Boolean.getBoolean(WRITE)) {
            write(file, generated);
            return;
        }
        String checkedIn = read(file).replace("\r\n", "\n");
        if (!checkedIn.equals(generated)) {
            throw new AssertionError(file.getFileName() + " differs from the schema generated from " + payload.getName()
                    + " (- checked in, + generated):\n" + diff(checkedIn, generated)
                    + "\nIf the record changed on purpose, regenerate and commit the file:\n  ./mvnw -o -pl " + module
                    + " test -Dtest=GeneratedEventSchemasTest -D" + WRITE + "=true\n"
                    + "Never edit the file by hand: a constraint the record cannot express goes into the ContractRules.");
        }
    }

    static String print(ObjectNode schema) {
        try {
            return JSON.writer(PRINTER).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The source file (not the classpath copy, which may be an older build of disclosure-model). */
    static Path file(EventType type) {
        Path module = Path.of(System.getProperty("basedir", "."));
        return module.resolve("../disclosure-model/src/main/resources").resolve(type.schemaResource()).normalize();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checked-in schema " + file.toAbsolutePath(), e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The differing lines (longest common subsequence), numbered as in the checked-in file, at most 60. */
    static String diff(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                lines.add(String.format("%5d - %s", i + 1, a[i++]));
            } else {
                lines.add(String.format("%5d + %s", i + 1, b[j++]));
            }
        }
        if (lines.size() > DIFF_LINES) {
            int more = lines.size() - DIFF_LINES;
            lines = new ArrayList<>(lines.subList(0, DIFF_LINES));
            lines.add("  … " + more + " more differing lines");
        }
        return String.join("\n", lines);
    }
}
