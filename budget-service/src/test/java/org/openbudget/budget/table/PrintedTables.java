package org.openbudget.budget.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the nine tables as printed in the seed document's text (tab-separated cells): the expected values
 * of the table tests come from the document itself, not from our code. Handles what the PDF extraction left
 * behind: tables split over pages with repeated headers, a name wrapped onto the next page ("…基本养老保险"
 * + "缴费支出"), codes split by a space ("211030 1"), stray spaces inside labels.
 */
final class PrintedTables {

    /** A printed table: title, header text, rows (number → cells, blank = null) and the note, if any. */
    record Printed(String title, String headerText, Map<Integer, List<String>> rows, String note) {
    }

    static final String[] TITLES = {"部门预算收支总表", "部门预算收入总表", "部门预算支出总表", "部门预算财政拨款收支总表",
            "部门预算一般公共预算财政拨款支出表", "部门预算一般公共预算财政拨款基本支出表", "部门预算政府基金预算财政拨款支出表",
            "部门预算国有资本经营预算财政拨款支出表", "部门预算财政拨款“三公”经费支出表"};
    static final int[] COLUMNS = {4, 12, 8, 7, 5, 5, 5, 5, 5};
    private static final String END = "年部门预算信息公开情况说明";

    private PrintedTables() {
    }

    static List<Printed> parse(String text) {
        List<String> lines = Arrays.asList(text.split("\r?\n"));
        List<Integer> starts = new ArrayList<>();
        for (String title : TITLES) {
            int at = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).trim().equals(title)) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                throw new IllegalStateException("title " + title + " not found in the seed");
            }
            starts.add(at);
        }
        int end = -1;
        for (int i = starts.get(8); i < lines.size(); i++) {
            if (lines.get(i).contains(END)) {
                end = i;
                break;
            }
        }
        List<Printed> tables = new ArrayList<>();
        for (int t = 0; t < 9; t++) {
            int to = t < 8 ? starts.get(t + 1) : end;
            tables.add(table(TITLES[t], lines.subList(starts.get(t) + 1, to), COLUMNS[t]));
        }
        return tables;
    }

    private static Printed table(String title, List<String> lines, int columns) {
        Map<Integer, List<String>> rows = new LinkedHashMap<>();
        StringBuilder header = new StringBuilder();
        String note = null;
        Integer last = null;
        boolean afterColumnNumbers = false;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] raw = line.split("\t", -1);
            if (raw[0].matches("\\d+")) {
                List<String> cells = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    cells.add(c < raw.length ? cell(raw[c]) : null);
                }
                last = Integer.parseInt(raw[0]);
                rows.put(last, cells);
                afterColumnNumbers = false;
            } else if (raw[0].equals("栏次") || raw[0].equals("档次")) {
                afterColumnNumbers = true;
            } else if (afterColumnNumbers && last != null && raw[0].isEmpty()) {
                // a row name wrapped onto the next page: append it to the row it belongs to
                List<String> previous = rows.get(last);
                for (int c = 1; c < raw.length && c <= columns; c++) {
                    String part = cell(raw[c]);
                    if (part != null) {
                        previous.set(c - 1, previous.get(c - 1) + part);
                    }
                }
                afterColumnNumbers = false;
            } else if (line.trim().startsWith("注：")) {
                note = line.trim();
            } else {
                header.append(line.replaceAll("\\s+", "")).append('\n');
            }
        }
        return new Printed(title, header.toString(), rows, note);
    }

    /** Blank is null; white space inside a cell is an artefact of the PDF text ("211030 1" is 2110301). */
    static String cell(String raw) {
        String s = raw == null ? "" : raw.replaceAll("\\s+", "");
        return s.isEmpty() ? null : s;
    }
}
