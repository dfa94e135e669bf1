package org.openbudget.seeds.parse;

import org.openbudget.seeds.parse.hebei.HebeiParser;
import org.openbudget.seeds.parse.shanghai.ShanghaiParser;

/** Detects the layout of a published disclosure text and reads it with that layout's parser. */
public final class DocumentParser {

    private DocumentParser() {
    }

    public static DisclosureDocument parse(SourceText text) {
        return switch (LayoutDetector.detect(text)) {
            case HEBEI -> HebeiParser.parse(text);
            case SHANGHAI -> ShanghaiParser.parse(text);
        };
    }
}
