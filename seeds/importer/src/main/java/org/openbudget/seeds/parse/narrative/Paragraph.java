package org.openbudget.seeds.parse.narrative;

/** A paragraph of running text and the line it starts on. */
public record Paragraph(int line, String text) {
}
