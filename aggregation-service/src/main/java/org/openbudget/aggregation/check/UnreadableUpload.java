package org.openbudget.aggregation.check;

/** An uploaded file that cannot be read as a budget document; the message says why, for the person who uploaded it. */
class UnreadableUpload extends RuntimeException {

    UnreadableUpload(String message) {
        super(message);
    }

    UnreadableUpload(String message, Throwable cause) {
        super(message, cause);
    }
}
