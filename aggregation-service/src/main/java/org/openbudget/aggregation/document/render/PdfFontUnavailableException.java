package org.openbudget.aggregation.document.render;

import java.nio.file.Path;

/** A font the PDF embeds is not on this machine: without it characters would be lost. */
public class PdfFontUnavailableException extends RuntimeException {

    public PdfFontUnavailableException(Path font) {
        super("a font for PDF documents is missing: " + font + " is not a readable file. Install the fonts with "
                + "'apt-get install fonts-droid-fallback fonts-dejavu-core' (deploy/local/up does) or point "
                + "openbudget.documents.pdf.font / openbudget.documents.pdf.latin-font (environment "
                + "OPENBUDGET_DOCUMENTS_PDF_FONT / OPENBUDGET_DOCUMENTS_PDF_LATIN_FONT) at TrueType fonts covering "
                + "Chinese and Latin text");
    }
}
