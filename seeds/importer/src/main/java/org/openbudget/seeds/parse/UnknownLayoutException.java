package org.openbudget.seeds.parse;

/** The text is not a layout the loader knows; it refuses to guess. */
public class UnknownLayoutException extends RuntimeException {

    public UnknownLayoutException(String message) {
        super(message);
    }
}
