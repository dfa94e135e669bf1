package org.openbudget.common.json;

import java.util.Optional;

/**
 * Which characters a text from a client may contain. PostgreSQL cannot store U+0000 at all (the request would fail
 * with a 500), an unpaired UTF-16 surrogate has no UTF-8 form (the driver would silently store '?'), and the other
 * control characters are invisible junk that breaks printed disclosures, so they are refused as invalid input:
 * <ul>
 *   <li>{@link #NAME} — names, codes, labels and every path or query parameter: no control character at all
 *       (Unicode category Cc: U+0000–U+001F, U+007F DEL, U+0080–U+009F) and no unpaired surrogate;</li>
 *   <li>{@link #FREE_TEXT} — narratives and descriptions (fields marked {@link FreeText}): the same, except that
 *       line breaks and tabs (\n, \r, \t) are allowed, since pasted paragraphs legitimately contain them.</li>
 * </ul>
 */
public enum TextRule {

    NAME(false),
    FREE_TEXT(true);

    private final boolean lineBreaks;

    TextRule(boolean lineBreaks) {
        this.lineBreaks = lineBreaks;
    }

    /** What is wrong with {@code text}, naming the first offending character and its position (1-based); empty when fine. */
    public Optional<String> violation(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(unpaired(c, i));
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(unpaired(c, i));
            }
            if (Character.getType(c) == Character.CONTROL && !(lineBreaks && (c == '\n' || c == '\r' || c == '\t'))) {
                return Optional.of("must not contain control characters" + (lineBreaks ? " other than line breaks and tabs" : "")
                        + " (found " + codePoint(c) + " at character " + (i + 1) + ")");
            }
        }
        return Optional.empty();
    }

    private static String unpaired(char c, int i) {
        return "must be valid Unicode text (found the unpaired UTF-16 surrogate " + codePoint(c) + " at character " + (i + 1) + ")";
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
