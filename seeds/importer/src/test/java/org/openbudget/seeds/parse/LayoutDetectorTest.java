package org.openbudget.seeds.parse;

import org.junit.jupiter.api.Test;
import org.openbudget.seeds.seed.SeedDocument;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayoutDetectorTest {

    @Test
    void theSeedIsHebei() throws IOException {
        assertEquals(Layout.HEBEI, LayoutDetector.detect(SourceText.of("seed", SeedDocument.text())));
    }

    @Test
    void theShanghaiSampleIsShanghai() throws IOException {
        assertEquals(Layout.SHANGHAI, LayoutDetector.detect(SourceText.read(SharedFiles.require("samples/shpt_fuliyuan_2024.txt"))));
    }

    @Test
    void aTabSeparatedTableWithA栏次RowIsHebei() {
        String text = "部门预算收支总表\n\n901 某某局\n\n预算年度：2023\n\n单位：万元\n\n序号\t收入\t\t支出\t\n栏次\t1\t2\t3\t4\n";
        assertEquals(Layout.HEBEI, LayoutDetector.detect(SourceText.of("t.txt", text)));
    }

    @Test
    void aSpaceAlignedTableWith类款项ColumnsIsShanghai() {
        String text = "        2023年预算单位收入预算总表\n编制单位：某某中心                    单位：元\n\n类     款    项\n"
                + "208             社会保障和就业支出     1,000\n";
        assertEquals(Layout.SHANGHAI, LayoutDetector.detect(SourceText.of("t.txt", text)));
    }

    @Test
    void anythingElseIsRefusedWithTheSignsFound() {
        UnknownLayoutException e = assertThrows(UnknownLayoutException.class,
                () -> LayoutDetector.detect(SourceText.of("notes.txt", "会议纪要\n单位：万元\n一、总体情况\n")));
        assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
    }

    @Test
    void signsOfBothLayoutsAreRefused() {
        String text = "栏次\t1\t2\n单位：万元\n编制单位：某某中心        单位：元\n类  款  项\n";
        assertThrows(UnknownLayoutException.class, () -> LayoutDetector.detect(SourceText.of("mixed.txt", text)));
    }
}
