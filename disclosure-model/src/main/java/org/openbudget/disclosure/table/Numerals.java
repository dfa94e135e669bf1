package org.openbudget.disclosure.table;

/** Chinese numerals as the documents number their rows and paragraphs (一、 … 三十四). */
public final class Numerals {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private Numerals() {
    }

    /** 1 → 一, 10 → 十, 13 → 十三, 20 → 二十, 34 → 三十四. */
    public static String chinese(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("no Chinese numeral for " + n);
        }
        int tens = n / 10;
        int ones = n % 10;
        String t = tens == 0 ? "" : (tens == 1 ? "" : DIGITS[tens]) + "十";
        return t + DIGITS[ones];
    }

    /** A numbered row label: (3, 国防支出) → 三、国防支出. */
    public static String numbered(int n, String label) {
        return chinese(n) + "、" + label;
    }
}
