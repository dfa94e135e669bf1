package org.openbudget.disclosure.budget;

/**
 * A group of cells that may be entirely blank. An all-blank group is the same as an absent one, so the
 * document has one spelling for "nothing here" and an identical re-PUT is recognised as identical.
 */
public interface Blankable {

    boolean isBlank();

    static <T extends Blankable> T orNull(T group) {
        return group == null || group.isBlank() ? null : group;
    }
}
