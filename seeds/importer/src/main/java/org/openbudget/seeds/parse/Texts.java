package org.openbudget.seeds.parse;

import java.util.regex.Pattern;

/** Normalising printed labels so that the same label matches however the export spaced or bracketed it. */
public final class Texts {

    /** 一、 / 十二、 / 1、 / 1. / （一） / (1) — the numbering before a label. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|\\d+[、.．]|[（(][一二三四五六七八九十\\d]+[）)])\\s*");

    private Texts() {
    }

    /** Without any whitespace, with full-width brackets and curly quotes made uniform. */
    public static String squeeze(String s) {
        if (s == null) {
            return "";
        }
        // one pass, no regex: every table line is squeezed, several times (the parse time goal is < 50 ms a document)
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case ' ', '\t', '\n', '\u000B', '\f', '\r' -> {
                }
                case '(' -> out.append('（');
                case ')' -> out.append('）');
                case '"', '”' -> out.append('“');
                case ':' -> out.append('：');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #squeeze} without the leading numbering ("二十、住房保障支出" → "住房保障支出"). */
    public static String label(String s) {
        String squeezed = s == null ? "" : s.strip();
        squeezed = NUMBERING.matcher(squeezed).replaceFirst("");
        return squeeze(squeezed);
    }

    /**
     * A sentence saying there is nothing to print ("本部门职责尚未录入。", "本部门2022年预算绩效目标尚未公开。", "无。"):
     * no figure or text is lost by not reading it.
     */
    public static boolean statesAbsence(String line) {
        String s = line == null ? "" : line.strip();
        return ABSENCE.matcher(s).matches();
    }

    private static final Pattern ABSENCE = Pattern.compile("^(?:无|暂无|本(?:部门|单位)\\S{0,40}?(?:尚未(?:录入|公开|填报|编制)|无\\S{0,20}))。?$");

    /** Visual width in a monospaced layout: CJK and full-width characters take two cells. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && (cp == 0x201C || cp == 0x201D)
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A;
    }
}
