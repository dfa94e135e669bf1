package org.openbudget.seeds.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the warnings of one parse; nothing is healed or skipped without one. */
public final class Warnings {

    private final List<Warning> list = new ArrayList<>();

    public void add(int line, WarningKind kind, String message) {
        list.add(new Warning(line, kind, message));
    }

    /** In line order; warnings about the whole document first. */
    public List<Warning> list() {
        return list.stream().sorted(Comparator.comparingInt(Warning::line)).toList();
    }
}
