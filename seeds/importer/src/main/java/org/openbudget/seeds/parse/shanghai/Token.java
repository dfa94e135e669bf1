package org.openbudget.seeds.parse.shanghai;

import org.openbudget.seeds.parse.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of non-blank characters of a pdftotext -layout line and where it starts. pdftotext places each
 * word at the column of its x position, but a CJK character that is two columns wide on the page takes
 * one character in the text: the start of a word is where it is on the page, its page width is
 * {@link Texts#width}.
 */
record Token(int start, String text) {

    private static final Pattern RUN = Pattern.compile("\\S+");

    static List<Token> of(String line) {
        List<Token> out = new ArrayList<>();
        Matcher m = RUN.matcher(line);
        while (m.find()) {
            out.add(new Token(m.start(), m.group()));
        }
        return out;
    }

    /** The middle of the word on the page, in columns. */
    double center() {
        return start + Texts.width(text) / 2.0;
    }
}
