package org.openbudget.seeds.parse.shanghai;

import org.openbudget.seeds.parse.AmountText;
import org.openbudget.seeds.parse.ParsedRow;
import org.openbudget.seeds.parse.RowLabels;
import org.openbudget.seeds.parse.WarningKind;
import org.openbudget.seeds.parse.Warnings;

import java.util.ArrayList;
import java.util.List;

/**
 * Names too long for their cell in a coded table, as pdftotext prints them: the name's lines around the row, the
 * row line itself holding the code and the amounts only ("机关事业单位基本养老保险缴费" above, "支出" below), or the
 * row line holding the name's start and the next line its end. A line of words only (no code, no amount) is such a
 * part: it ends the name of the row above, unless the row below prints no name, which then begins with it (as many
 * lines staying with the row above as that row took above itself: a cell wraps as far down as up). Each join is a
 * {@code healed} warning at the line of the part.
 */
final class WrappedNames {

    private record Part(int line, String text) {
    }

    private final Warnings warnings;
    private final List<Part> pending = new ArrayList<>();
    /** How many lines above its row the last row's name took. */
    private int lastAbove;

    WrappedNames(Warnings warnings) {
        this.warnings = warnings;
    }

    /** True when the line is a part of a wrapped name (kept until the next row says whose). */
    boolean fragment(int line, List<Token> tokens) {
        if (tokens.isEmpty() || tokens.get(0).text().matches("\\d+")
                || tokens.stream().anyMatch(t -> AmountText.isAmount(t.text()))) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        tokens.forEach(t -> text.append(t.text()));
        if (RowLabels.isTotal(text.toString())) {
            return false;
        }
        pending.add(new Part(line, text.toString()));
        return true;
    }

    /** The beginning of a row's name printed above it: the parts the row above does not keep. */
    String nameAbove(int line, List<ParsedRow> rows) {
        int keep = rows.isEmpty() ? 0 : Math.min(lastAbove, pending.size() - 1);
        List<Part> below = new ArrayList<>(pending.subList(0, Math.max(0, keep)));
        List<Part> above = new ArrayList<>(pending.subList(Math.max(0, keep), pending.size()));
        pending.clear();
        pending.addAll(below);
        belongAbove(rows);
        StringBuilder name = new StringBuilder();
        for (Part p : above) {
            name.append(p.text());
            warnings.add(p.line(), WarningKind.HEALED, "name wrapped in its cell: \"" + p.text() + "\" joined to the row on line " + line);
        }
        lastAbove = -above.size(); // rowRead turns it into the count once the row is kept
        return name.toString();
    }

    /** The parts waiting are the end of the name of the row above. */
    void belongAbove(List<ParsedRow> rows) {
        if (pending.isEmpty()) {
            return;
        }
        if (rows.isEmpty()) {
            pending.forEach(p -> warnings.add(p.line(), WarningKind.SKIPPED, "line skipped: \"" + p.text() + "\" is no row and follows none"));
            pending.clear();
            return;
        }
        ParsedRow last = rows.get(rows.size() - 1);
        StringBuilder name = new StringBuilder(last.name());
        for (Part p : pending) {
            name.append(p.text());
            warnings.add(p.line(), WarningKind.HEALED, "name wrapped in its cell: \"" + p.text() + "\" joined to the row on line " + last.line());
        }
        rows.set(rows.size() - 1, last.withName(name.toString()));
        pending.clear();
    }

    /** After a row line: how many parts above it the row took (0 when its name was printed on its line). */
    void rowRead(List<ParsedRow> rows, int before) {
        lastAbove = rows.size() > before && lastAbove < 0 ? -lastAbove : 0;
    }

    /** The end of the table: parts left are the end of the last row's name. */
    void end(List<ParsedRow> rows) {
        belongAbove(rows);
    }
}
