package org.openbudget.seeds.read;

import org.apache.pdfbox.text.TextPosition;
import org.openbudget.seeds.parse.Texts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One PDF page's glyphs as text lines the way {@code pdftotext -layout} writes them: glyphs whose baselines are
 * within a fraction of the font size form a line; in a line a glyph starts a new word when it stands apart from
 * the previous one, and a word is written at the text index equal to its page column (x from the page's leftmost
 * glyph, divided by the column pitch), so a CJK word — two columns per character on the page, one character in
 * the text — leaves the following word where the page has it. Vertical gaps of more than a line become blank
 * lines.
 */
final class PageLayout {

    /** A glyph starts a new word when the gap before it is wider than this share of the pitch. */
    private static final double WORD_GAP = 0.6;
    private static final int MAX_BLANK_LINES = 3;

    private PageLayout() {
    }

    /** The page's lines, each ending with a line break. */
    static String lines(List<TextPosition> page) {
        List<Glyph> glyphs = new ArrayList<>(page.size());
        for (TextPosition t : page) {
            String u = t.getUnicode();
            if (u == null || u.isEmpty()) {
                continue;
            }
            // a space glyph is kept as a word break: proportional text sets words apart by less than a column
            glyphs.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), Math.max(t.getWidthDirAdj(), 0.1f),
                    Math.max(t.getFontSizeInPt(), Math.abs(t.getHeightDir())), u.isBlank() ? " " : u));
        }
        if (glyphs.stream().allMatch(Glyph::space)) {
            return "";
        }
        double pitch = pitch(glyphs.stream().filter(g -> !g.space()).toList());
        double left = glyphs.stream().filter(g -> !g.space()).mapToDouble(Glyph::x).min().orElse(0);
        glyphs.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double baseline = Double.NaN;
        for (Glyph g : glyphs) {
            if (!current.isEmpty() && Math.abs(g.y() - baseline) > 0.4 * Math.min(g.size(), current.get(0).size())) {
                lines.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = g.y();
            }
            current.add(g);
        }
        lines.add(current);

        StringBuilder out = new StringBuilder();
        double previousY = Double.NaN;
        double lineHeight = lineHeight(lines);
        for (List<Glyph> line : lines) {
            double y = line.get(0).y();
            if (!Double.isNaN(previousY) && lineHeight > 0) {
                int blanks = (int) Math.min(MAX_BLANK_LINES, Math.round((y - previousY) / lineHeight) - 1);
                out.append("\n".repeat(Math.max(0, blanks)));
            }
            previousY = y;
            out.append(line(line, left, pitch)).append('\n');
        }
        return out.toString();
    }

    private static String line(List<Glyph> line, double left, double pitch) {
        line.sort(Comparator.comparingDouble(Glyph::x));
        StringBuilder text = new StringBuilder();
        double end = Double.NEGATIVE_INFINITY; // right edge of the previous glyph on the page
        boolean spaced = false;
        for (Glyph g : line) {
            if (g.space()) {
                spaced = true;
                continue;
            }
            if (g.x() < end - 0.5 * g.width() && text.length() > 0 && g.text().equals(lastGlyph(text))) {
                continue; // drawn twice over itself (fake bold): one character
            }
            if (text.length() == 0 || spaced || g.x() - end > WORD_GAP * pitch) {
                // a word starts at the text index of its page column, one space after the previous word at least
                int at = (int) Math.round((g.x() - left) / pitch);
                if (text.length() > 0) {
                    at = Math.max(at, text.length() + 1);
                }
                while (text.length() < at) {
                    text.append(' ');
                }
            }
            text.append(g.text());
            spaced = false;
            end = Math.max(end, g.x() + g.width());
        }
        return text.toString();
    }

    private static String lastGlyph(StringBuilder text) {
        return text.isEmpty() ? "" : text.substring(text.offsetByCodePoints(text.length(), -1));
    }

    /**
     * The width of one page column: half the most common CJK glyph width (a CJK character is two columns), or
     * the most common width of the other glyphs when the page has no CJK text.
     */
    private static double pitch(List<Glyph> glyphs) {
        double[] wide = glyphs.stream().filter(g -> Texts.width(g.text()) == 2 * g.text().codePointCount(0, g.text().length()))
                .mapToDouble(g -> g.width() / g.text().codePointCount(0, g.text().length()) / 2).toArray();
        double[] narrow = glyphs.stream().filter(g -> Texts.width(g.text()) == g.text().codePointCount(0, g.text().length()))
                .mapToDouble(g -> g.width() / g.text().codePointCount(0, g.text().length())).toArray();
        // a Chinese page has CJK glyphs among many digits: a few of them fix the pitch better than any digit
        double p = wide.length >= Math.min(8, narrow.length) && wide.length > 0 ? mode(wide) : mode(narrow);
        return p > 0.5 ? p : 4;
    }

    /** The most frequent value, rounded to a tenth of a point. */
    private static double mode(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        long[] rounded = Arrays.stream(values).mapToLong(v -> Math.round(v * 10)).sorted().toArray();
        long best = rounded[0];
        int bestCount = 0;
        for (int i = 0; i < rounded.length; ) {
            int j = i;
            while (j < rounded.length && rounded[j] == rounded[i]) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = rounded[i];
            }
            i = j;
        }
        return best / 10.0;
    }

    /** The most common distance between consecutive baselines. */
    private static double lineHeight(List<List<Glyph>> lines) {
        double[] gaps = new double[Math.max(0, lines.size() - 1)];
        for (int i = 1; i < lines.size(); i++) {
            gaps[i - 1] = lines.get(i).get(0).y() - lines.get(i - 1).get(0).y();
        }
        return mode(Arrays.stream(gaps).filter(g -> g > 0).toArray());
    }

    private record Glyph(double x, double y, double width, double size, String text) {
        boolean space() {
            return text.equals(" ");
        }
    }
}
