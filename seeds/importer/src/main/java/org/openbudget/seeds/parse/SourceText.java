package org.openbudget.seeds.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A published disclosure as text, line by line. Line numbers are 1-based and count every {@code \n},
 * as an editor or {@code cat -n} shows them, so that each warning points at the printed line. Page
 * breaks ({@code \f}, which pdftotext puts before a page's first line) are dropped from the line.
 */
public final class SourceText {

    private final String name;
    private final List<String> lines;
    private final BitSet pageStarts;

    private SourceText(String name, List<String> lines, BitSet pageStarts) {
        this.name = name;
        this.lines = lines;
        this.pageStarts = pageStarts;
    }

    public static SourceText of(String name, String text) {
        String[] split = text.replace("\r\n", "\n").split("\n", -1);
        BitSet pageStarts = new BitSet();
        for (int i = 0; i < split.length; i++) {
            if (split[i].indexOf('\f') >= 0) {
                pageStarts.set(i + 1);
            }
        }
        return new SourceText(name, Arrays.stream(split).map(l -> l.replace("\f", "")).toList(), pageStarts);
    }

    /** The same document with its lines rewritten one for one (line numbers and page breaks kept). */
    public SourceText withLines(List<String> rewritten) {
        if (rewritten.size() != lines.size()) {
            throw new IllegalArgumentException("a rewrite keeps every line: " + rewritten.size() + " lines for " + lines.size());
        }
        return new SourceText(name, List.copyOf(rewritten), pageStarts);
    }

    /** True when a page break ({@code \f}) was printed before line {@code number}'s text. */
    public boolean pageStart(int number) {
        return pageStarts.get(number);
    }

    public static SourceText read(Path file) throws IOException {
        return of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    public String name() {
        return name;
    }

    /** The number of the last line. */
    public int size() {
        return lines.size();
    }

    /** Line {@code number} (1-based); an empty string outside the text. */
    public String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    /** Line {@code number} without surrounding whitespace. */
    public String trimmed(int number) {
        return line(number).strip();
    }

    /** The first line at or after {@code from} whose trimmed text satisfies {@code test}, or -1. */
    public int find(int from, java.util.function.Predicate<String> test) {
        for (int n = Math.max(1, from); n <= lines.size(); n++) {
            if (test.test(trimmed(n))) {
                return n;
            }
        }
        return -1;
    }

    /** The next non-blank line after {@code number}, or -1. */
    public int nextNonBlank(int number) {
        return find(number + 1, s -> !s.isEmpty());
    }
}
