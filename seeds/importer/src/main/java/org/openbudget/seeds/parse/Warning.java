package org.openbudget.seeds.parse;

/**
 * One parse warning, pointing at the printed line it is about (0 when it is about the document as a
 * whole).
 */
public record Warning(int line, WarningKind kind, String message) {

    @Override
    public String toString() {
        return (line > 0 ? "line " + line : "document") + ": " + kind.id() + ": " + message;
    }
}
