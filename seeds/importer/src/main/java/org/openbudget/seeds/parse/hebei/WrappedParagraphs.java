package org.openbudget.seeds.parse.hebei;

import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.parse.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Paragraphs of the explanatory sections wrapped at the page width, as a PDF's layout text prints them: a paragraph
 * starts indented, its next lines start in the first column and the line before each of them fills the width. The
 * section readers of the Hebei family read a paragraph a line (the seed), so a wrapped paragraph is put back on its
 * first line and the lines it took are left blank, one line for one. Applied only when the text indents its
 * paragraphs (an HTML page's or a sheet's text starts every paragraph in the first column and wraps none).
 */
final class WrappedParagraphs {

    private static final Pattern HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分|[（(][一二三四五六七八九十\\d]+[)）]|\\d+[、.．]).*");
    private static final Pattern INDENTED = Pattern.compile("^ {2,}\\S.*");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*\\d{1,4}\\s*$");
    /** A line fills the width when it is at least this share of the page width (see {@link #WIDTH_PERCENTILE}). */
    private static final double FULL = 0.85;
    private static final int INDENTED_PARAGRAPHS = 3;
    private static final double WIDTH_PERCENTILE = 0.9;

    private WrappedParagraphs() {
    }

    static SourceText join(SourceText text, int from) {
        List<Integer> widths = new ArrayList<>();
        int indented = 0;
        for (int n = Math.max(1, from); n <= text.size(); n++) {
            String raw = text.line(n);
            if (raw.indexOf('\t') < 0 && !raw.isBlank() && !raw.strip().contains("   ")) { // prose, not a grid's spaced cells
                widths.add(Texts.width(raw));
                indented += INDENTED.matcher(raw).matches() ? 1 : 0;
            }
        }
        if (indented < INDENTED_PARAGRAPHS) {
            return text;
        }
        // the page width: most prose lines that wrap fill it; a few lines (a long grid cell) may run wider
        widths.sort(null);
        int widest = widths.get((int) (WIDTH_PERCENTILE * (widths.size() - 1)));
        List<String> out = new ArrayList<>();
        for (int n = 1; n <= text.size(); n++) {
            out.add(text.line(n));
        }
        int paragraph = -1; // the line the paragraph being read started on
        int previous = -1;  // the last line of it
        for (int n = Math.max(1, from); n <= text.size(); n++) {
            String raw = text.line(n);
            String line = raw.strip();
            if (line.isEmpty() || PAGE_NUMBER.matcher(raw).matches()) {
                continue;
            }
            boolean continues = paragraph > 0 && raw.indexOf('\t') < 0 && !Character.isWhitespace(raw.charAt(0))
                    && !HEADING.matcher(line).matches() && Texts.width(text.line(previous)) >= FULL * widest;
            if (continues) {
                out.set(paragraph - 1, out.get(paragraph - 1) + line);
                out.set(n - 1, "");
                previous = n;
                continue;
            }
            boolean starts = raw.indexOf('\t') < 0 && INDENTED.matcher(raw).matches();
            paragraph = starts ? n : -1;
            previous = n;
        }
        return text.withLines(out);
    }
}
