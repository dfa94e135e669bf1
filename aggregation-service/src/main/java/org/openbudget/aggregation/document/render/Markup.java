package org.openbudget.aggregation.document.render;

/** A small XHTML writer: every text goes through {@link #text}, so the output is well-formed XML. */
final class Markup {

    private final StringBuilder out = new StringBuilder(64 * 1024);

    Markup raw(String s) {
        out.append(s);
        return this;
    }

    Markup text(String s) {
        if (s == null) {
            return this;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 refuses most control characters; a stray one must not break the PDF
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return this;
    }

    /** {@code <tag attrs>text</tag>}; attrs are written as given (callers pass constants). */
    Markup element(String tag, String attrs, String text) {
        out.append('<').append(tag);
        if (attrs != null && !attrs.isEmpty()) {
            out.append(' ').append(attrs);
        }
        out.append('>');
        text(text);
        out.append("</").append(tag).append('>');
        return this;
    }

    static String attr(String name, String value) {
        return name + "=\"" + value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"";
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
