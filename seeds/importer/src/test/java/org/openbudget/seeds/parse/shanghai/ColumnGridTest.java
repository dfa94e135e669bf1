package org.openbudget.seeds.parse.shanghai;

import org.junit.jupiter.api.Test;
import org.openbudget.seeds.parse.shanghai.ColumnGrid.Heading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Placing amounts under headings by position. The header lines below are typed by hand in the shape
 * pdftotext gives a Shanghai "三公" table: CJK headings take one character in the text but two columns on
 * the page, so a heading's middle is its start plus its page width / 2.
 */
class ColumnGridTest {

    //                         1         2         3         4         5         6         7
    //               0123456789012345678901234567890123456789012345678901234567890123456789012345
    static final String TOP = "                                         公务用车购置及运行费";
    static final String MID = "   合计         因公出国(境)费       公务接待费";
    static final String LOW = "                                         小计         购置费     运行费";
    static final List<Heading> HEADINGS = List.of(Heading.of("total", "合计"), Heading.of("outbound", "因公出国(境)费"),
            Heading.of("reception", "公务接待费"), Heading.of("vehicle", "小计"), Heading.of("purchase", "购置费"),
            Heading.of("operation", "运行费"));

    @Test
    void aBlankColumnInTheMiddleIsFoundByPosition() {
        ColumnGrid grid = ColumnGrid.fromHeader(List.of(TOP, MID, LOW), HEADINGS, new ArrayList<>());
        // five figures for six columns: the blank one is 购置费, not 合计
        String row = "        6.4              0           0        6.4                 6.4";
        Map<String, String> placed = grid.place(Token.of(row)).orElseThrow().stream()
                .collect(Collectors.toMap(p -> p.column().key(), p -> p.token().text()));
        assertEquals(Map.of("total", "6.4", "outbound", "0", "reception", "0", "vehicle", "6.4", "operation", "6.4"), placed);
    }

    @Test
    void exactHeadingWordsWinOverWordsContainingThem() {
        // "运行费" is also inside "公务用车购置及运行费": the exact word below it is the column
        ColumnGrid grid = ColumnGrid.fromHeader(List.of(TOP, MID, LOW), HEADINGS, new ArrayList<>());
        double operation = grid.centers().get("operation");
        assertEquals(63.0, operation);
    }

    @Test
    void missingHeadingsAreReported() {
        List<String> missing = new ArrayList<>();
        ColumnGrid.fromHeader(List.of(MID), HEADINGS, missing);
        assertEquals(List.of("vehicle", "purchase", "operation"), missing);
    }

    @Test
    void moreFiguresThanColumnsDoNotFit() {
        ColumnGrid grid = ColumnGrid.fromHeader(List.of(MID), HEADINGS.subList(0, 2), new ArrayList<>());
        assertTrue(grid.place(Token.of("  1   2   3")).isEmpty());
    }
}
