package org.openbudget.seeds.parse;

import org.junit.jupiter.api.Test;
import org.openbudget.seeds.seed.SeedDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed with its nine titles printed as another county, level or year prints them ("表3  2022年单位预算支出总表"):
 * the tables are found by their columns, not by the seed's wording, and read to the seed's own figures — tab-separated
 * as the seed is, and laid out with spaces.
 */
class HebeiVariantsTest {

    /** The seed's titles renamed: numbered, with the year, 单位预算 instead of 部门预算 (the 目录 lines are left alone). */
    static String renamedTitles(String seed) {
        List<String> out = new ArrayList<>();
        int n = 0;
        for (String line : seed.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("部门预算") && t.endsWith("表") && !line.contains("\t")) {
                n++;
                line = "表" + n + "  2022年单位预算" + t.substring("部门预算".length());
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    @Test
    void renamedTitlesAreFoundByTheirColumns() throws IOException {
        String text = renamedTitles(SeedDocument.text());
        assertTrue(text.contains("2022年单位预算支出总表\n") && !text.contains("\n部门预算支出总表\n"), "the variant renames the titles");
        DisclosureDocument doc = DocumentParser.parse(SourceText.of("renamed.txt", text));
        assertEquals(9, doc.tablesFound(), doc.summary());
        assertEquals(DocumentLevel.UNIT, doc.level());
        SpacedHebeiTest.same(SeedDocument.parsed(), doc);
    }

    @Test
    void renamedTitlesWithSpaceAlignedColumns() throws IOException {
        DisclosureDocument doc = DocumentParser.parse(SourceText.of("renamed.txt", SpacedSeed.of(renamedTitles(SeedDocument.text()), 16)));
        assertEquals(9, doc.tablesFound(), doc.summary());
        SpacedHebeiTest.same(SeedDocument.parsed(), doc);
    }

    @Test
    void theSeedIsADepartmentLevelDocument() throws IOException {
        assertEquals(DocumentLevel.DEPARTMENT, SeedDocument.parsed().level());
    }
}
