package org.openbudget.aggregation.check;

import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.read.DocumentReader;
import org.openbudget.seeds.read.ReadLimits;
import org.openbudget.seeds.read.UnreadableDocumentException;

/**
 * An uploaded file as the text the parser reads: the importer's {@link DocumentReader} tells PDF, XLSX, HTML and text
 * apart by their content and refuses what it cannot read (empty, damaged, a scan without text, formulas, a zip bomb)
 * in words the uploader understands.
 */
final class UploadText {

    private UploadText() {
    }

    static SourceText read(String name, byte[] bytes, long maxBytes) {
        try {
            return DocumentReader.read(name, bytes, ReadLimits.ofBytes(maxBytes));
        } catch (UnreadableDocumentException e) {
            // the reader's message starts with the file name, which the problem names already
            String message = e.getMessage().startsWith(name + ": ") ? e.getMessage().substring(name.length() + 2) : e.getMessage();
            throw new UnreadableUpload(message, e);
        }
    }
}
