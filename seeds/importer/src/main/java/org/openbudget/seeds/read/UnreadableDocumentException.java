package org.openbudget.seeds.read;

/**
 * A file the importer cannot turn into text: empty, too large, damaged, a scan without a text layer, a workbook
 * with formulas, a format it does not read. The message names the file and says what to do, in words a clerk
 * who handed the file over understands; nothing of the file is loaded.
 */
public class UnreadableDocumentException extends RuntimeException {

    private final String document;

    public UnreadableDocumentException(String document, String message) {
        super(document + ": " + message);
        this.document = document;
    }

    public UnreadableDocumentException(String document, String message, Throwable cause) {
        super(document + ": " + message, cause);
        this.document = document;
    }

    /** The name of the file that could not be read. */
    public String document() {
        return document;
    }
}
