package org.openbudget.seeds.parse;

import java.util.List;

/**
 * Reads classification codes as the PDF exports print them, within one table (the codes above a row
 * are its context), and repairs the known export damage by stated rules, each with a warning:
 * <ul>
 *   <li>a code split by wrapping, "211030 1" → 2110301 (Hebei: one cell);</li>
 *   <li>a 款/项 column that lost its leading zero, "301 2" → 30102 (Shanghai: separate columns);</li>
 *   <li>a garbled 类 column, "7 11 02" after 款 21011 → 2101102: the 款 column agrees with the 款 just
 *       above, so the 类 is that 款's.</li>
 * </ul>
 * Anything else that is not a code of the right length is skipped with a warning, never guessed.
 */
public final class CodeHealer {

    /** Functional codes have 3, 5 or 7 digits (类/款/项); economic codes 3 or 5 (类/款). */
    public enum Scheme {
        FUNCTIONAL(3), ECONOMIC(2);

        private final int levels;

        Scheme(int levels) {
            this.levels = levels;
        }
    }

    /** A code read from a row; {@code printed} is set when the code was repaired. */
    public record Reading(String code, String printed) {
    }

    private final Warnings warnings;
    private final Scheme scheme;
    private String lastSection;
    private int lastSectionLine;

    public CodeHealer(Warnings warnings, Scheme scheme) {
        this.warnings = warnings;
        this.scheme = scheme;
    }

    /** A code printed in one cell, possibly split by whitespace; null when skipped. */
    public Reading fromCell(int line, String printed) {
        String s = printed.strip();
        if (!s.matches("[0-9][0-9\\s]*")) {
            warnings.add(line, WarningKind.SKIPPED, "row skipped: code \"" + s + "\" is not a number");
            return null;
        }
        String digits = s.replaceAll("\\s+", "");
        if (!validLength(digits)) {
            warnings.add(line, WarningKind.SKIPPED, "row skipped: code \"" + s + "\" has " + digits.length()
                    + " digits, a " + scheme.name().toLowerCase() + " code has " + lengths());
            return null;
        }
        String repaired = null;
        if (!digits.equals(s)) {
            repaired = s;
            String parent = digits.length() > 3 ? digits.substring(0, digits.length() - 2) : null;
            String context = parent == null ? "" : parent.equals(lastSection) || parent.length() == 3
                    ? " under " + parent : " (its parent " + parent + " is not the 款 printed above)";
            warnings.add(line, WarningKind.HEALED, "split code \"" + s + "\" read as " + digits + context);
        }
        remember(line, digits);
        return new Reading(digits, repaired);
    }

    /** A code printed as 类, 款, 项 columns ("208 05 02"); null when skipped. */
    public Reading fromColumns(int line, List<String> columns) {
        String printed = String.join(" ", columns);
        if (columns.isEmpty() || columns.size() > scheme.levels || !printed.matches("[0-9 ]+")) {
            warnings.add(line, WarningKind.SKIPPED, "row skipped: code columns \"" + printed + "\" are not a "
                    + scheme.name().toLowerCase() + " code");
            return null;
        }
        boolean repaired = false;
        StringBuilder tail = new StringBuilder();
        for (String part : columns.subList(1, columns.size())) {
            if (part.length() == 1) {
                warnings.add(line, WarningKind.HEALED, "lost leading zero: \"" + printed + "\" column \"" + part
                        + "\" read as 0" + part);
                part = "0" + part;
                repaired = true;
            } else if (part.length() != 2) {
                warnings.add(line, WarningKind.SKIPPED, "row skipped: code column \"" + part + "\" of \"" + printed
                        + "\" is not 2 digits");
                return null;
            }
            tail.append(part);
        }
        String head = columns.get(0);
        if (head.length() != 3) {
            String section = tail.length() >= 2 ? tail.substring(0, 2) : null;
            if (section != null && lastSection != null && lastSection.endsWith(section)) {
                String cls = lastSection.substring(0, 3);
                warnings.add(line, WarningKind.HEALED, "类 column printed as \"" + head + "\" in \"" + printed
                        + "\": read as " + cls + ", the 类 of 款 " + lastSection + " printed above (line "
                        + lastSectionLine + ")");
                head = cls;
                repaired = true;
            } else {
                warnings.add(line, WarningKind.SKIPPED, "row skipped: 类 column \"" + head + "\" of \"" + printed
                        + "\" is not 3 digits and no 款 above it fits");
                return null;
            }
        }
        String code = head + tail;
        remember(line, code);
        return new Reading(code, repaired ? printed : null);
    }

    private void remember(int line, String code) {
        if (code.length() == 3) {
            lastSection = null;
        } else if (code.length() == 5) {
            lastSection = code;
            lastSectionLine = line;
        }
    }

    private boolean validLength(String digits) {
        int n = digits.length();
        return n == 3 || n == 5 || (n == 7 && scheme == Scheme.FUNCTIONAL);
    }

    private String lengths() {
        return scheme == Scheme.FUNCTIONAL ? "3, 5 or 7" : "3 or 5";
    }
}
