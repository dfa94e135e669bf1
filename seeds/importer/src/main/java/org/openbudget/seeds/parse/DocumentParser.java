package org.openbudget.seeds.parse;

import org.openbudget.seeds.parse.hebei.HebeiParser;
import org.openbudget.seeds.parse.shanghai.ShanghaiParser;

/** Detects the layout of a published disclosure text and reads it with that layout's parser. */
public final class DocumentParser {

    private DocumentParser() {
    }

    /**
     * The document as its layout's parser reads it; {@link UnknownLayoutException} when the text is not a budget
     * disclosure of a known layout, or when it has the layout's signs but not one of the nine tables.
     */
    public static DisclosureDocument parse(SourceText text) {
        DisclosureDocument doc = switch (LayoutDetector.detect(text)) {
            case HEBEI -> HebeiParser.parse(text);
            case SHANGHAI -> ShanghaiParser.parse(text);
        };
        if (doc.tablesFound() == 0) {
            throw new UnknownLayoutException(text.name() + " looks like a " + doc.layout().id() + " budget disclosure but "
                    + "none of the nine tables was found in it (looked for a unit line or header block followed by the "
                    + "column headings of 收支总表, 收入总表, 支出总表, 财政拨款收支总表, the fund tables, the 经济分类 table "
                    + "or the \"三公\" table)");
        }
        return doc;
    }
}
