package org.openbudget.seeds.parse.model;

/** One 名词解释 entry: the term and its explanation as printed. */
public record GlossaryItem(int line, String term, String definition) {
}
