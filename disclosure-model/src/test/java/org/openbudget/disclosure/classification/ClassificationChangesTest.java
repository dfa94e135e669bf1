package org.openbudget.disclosure.classification;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped year catalogs agree with the year-to-year changes stored as data: each year's file is the previous
 * year's with that year's rows of changes.csv applied, nothing more — so a hand edit of one file that the changes
 * do not record fails here.
 */
class ClassificationChangesTest {

    @Test
    void eachYearIsThePreviousYearWithItsChangesApplied() {
        for (CatalogScheme scheme : CatalogScheme.values()) {
            for (int year = YearCatalogs.FIRST_YEAR + 1; year <= YearCatalogs.LAST_YEAR; year++) {
                Map<String, String> expected = asMap(YearCatalogs.codes(scheme, year - 1));
                for (CodeChange c : YearCatalogs.changes()) {
                    if (c.scheme() != scheme || c.year() != year) {
                        continue;
                    }
                    switch (c.kind()) {
                        case ADDED -> assertEquals(null, expected.put(c.code(), c.name() + "|" + c.level()), "added twice: " + c);
                        case RETIRED -> assertTrue(expected.keySet().removeIf(code -> code.startsWith(c.code())), "retires nothing: " + c);
                        case RENAMED -> assertEquals(c.previousName() + "|" + c.level(), expected.put(c.code(), c.name() + "|" + c.level()), c.toString());
                    }
                }
                assertEquals(expected, asMap(YearCatalogs.codes(scheme, year)), scheme.wire() + "-" + year + ".csv");
            }
        }
    }

    @Test
    void everyFileIsWellFormedAndSaysWhereItComesFrom() throws IOException {
        for (CatalogScheme scheme : CatalogScheme.values()) {
            for (int year : YearCatalogs.years()) {
                Set<String> seen = new HashSet<>();
                for (CatalogCode c : YearCatalogs.codes(scheme, year)) {
                    String where = scheme.wire() + "-" + year + " " + c.code();
                    assertTrue(c.code().matches(scheme == CatalogScheme.FUNCTIONAL ? "\\d{3}|\\d{5}|\\d{7}" : "\\d{3}|\\d{5}"), where);
                    assertEquals(switch (c.code().length()) { case 3 -> "类"; case 5 -> "款"; default -> "项"; }, c.level(), where);
                    assertTrue(c.code().length() == 3 || seen.contains(c.code().substring(0, c.code().length() - 2)),
                            where + ": its parent comes first");
                    assertTrue(seen.add(c.code()), where + " twice");
                    assertFalse(c.name().isBlank(), where);
                }
                String header = header(scheme.wire() + "-" + year + ".csv");
                assertTrue(header.contains("budget year " + year), header);
                assertTrue(year == YearCatalogs.FIRST_YEAR ? header.contains("NOT verified") : header.contains("carried over"), header);
            }
        }
        // what the notes say is checked against real documents stays marked so
        assertTrue(YearCatalogs.catalog(CatalogScheme.FUNCTIONAL, 2022).find("2010301").orElseThrow().verified());
        assertFalse(YearCatalogs.catalog(CatalogScheme.FUNCTIONAL, 2022).find("2010304").orElseThrow().verified());
    }

    @Test
    void aRetiredCodeIsValidInItsYearsAndObsoleteAfter() {
        // 234 抗疫特别国债安排的支出: retired in 2023 (changes.csv)
        CodeStatus in2022 = YearCatalogs.catalog(CatalogScheme.FUNCTIONAL, 2022).status("234", "抗疫特别国债安排的支出");
        assertEquals(CodeStatus.Kind.VALID, in2022.kind());
        CodeStatus in2025 = YearCatalogs.catalog(CatalogScheme.FUNCTIONAL, 2025).status("234", "抗疫特别国债安排的支出");
        assertEquals(CodeStatus.Kind.OBSOLETE, in2025.kind());
        assertEquals(2023, in2025.change().year());
        assertEquals("234 抗疫特别国债安排的支出：2025年已废止（2022年后停用）", in2025.message());
        assertEquals(30, YearCatalogs.catalog(CatalogScheme.FUNCTIONAL, 2022).topLevel().size());
        assertEquals(29, YearCatalogs.catalog(CatalogScheme.FUNCTIONAL, 2023).topLevel().size());
    }

    @Test
    void anAddedCodeIsNotYetValidBeforeItsYear() {
        // 22006 耕地保护考核奖惩基金支出: added in 2024 (changes.csv, a MOF notice)
        CodeStatus in2023 = YearCatalogs.catalog(CatalogScheme.FUNCTIONAL, 2023).status("22006", null);
        assertEquals(CodeStatus.Kind.NOT_YET, in2023.kind());
        assertEquals("22006：2024年起才设立，2023年目录中没有", in2023.message());
        assertEquals(CodeStatus.Kind.VALID, YearCatalogs.catalog(CatalogScheme.FUNCTIONAL, 2024).status("22006", "耕地保护考核奖惩基金支出").kind());
    }

    @Test
    void aYearOutsideTheShippedRangeUsesTheNearestAndSaysSo() {
        YearCatalog in2030 = YearCatalogs.catalog(CatalogScheme.ECONOMIC, 2030);
        assertEquals(2026, in2030.catalogYear());
        CodeStatus status = in2030.status("30217", "公务接待费");
        assertEquals(CodeStatus.Kind.VALID, status.kind());
        assertTrue(status.substituted());
        assertEquals("30217：有效（2030年无目录，按2026年目录核对）", status.message());
        assertEquals(2022, YearCatalogs.catalog(CatalogScheme.FUNCTIONAL, 2019).catalogYear());
        assertEquals(2024, YearCatalogs.catalog(CatalogScheme.FUNCTIONAL, 2024).catalogYear());
    }

    @Test
    void unknownCodesAndOtherNamesAreToldApart() {
        YearCatalog c = YearCatalogs.catalog(CatalogScheme.ECONOMIC, 2024);
        assertEquals(CodeStatus.Kind.UNKNOWN, c.status("30298", "某费").kind());
        assertEquals("30298 某费：不在2024年支出经济分类目录中", c.status("30298", "某费").message());
        // half- and full-width brackets are the same name; another wording is not
        assertEquals(CodeStatus.Kind.VALID, c.status("30213", "维修(护)费").kind());
        CodeStatus differs = c.status("30108", "机关事业单位基本养老保险费");
        assertEquals(CodeStatus.Kind.NAME_DIFFERS, differs.kind());
        assertEquals("30108 机关事业单位基本养老保险费：2024年目录名称为“机关事业单位基本养老保险缴费”", differs.message());
    }

    private static Map<String, String> asMap(List<CatalogCode> codes) {
        Map<String, String> map = new LinkedHashMap<>();
        codes.forEach(c -> map.put(c.code(), c.name() + "|" + c.level()));
        return map;
    }

    private static String header(String file) throws IOException {
        try (InputStream in = YearCatalogs.class.getResourceAsStream("catalogs/" + file)) {
            List<String> comments = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#")) {
                    comments.add(line);
                }
            }
            return String.join("\n", comments);
        }
    }
}
