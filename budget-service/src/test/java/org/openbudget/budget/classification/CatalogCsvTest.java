package org.openbudget.budget.classification;

import org.junit.jupiter.api.Test;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.disclosure.classification.YearCatalogs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogCsvTest {

    @Test
    void theShippedCatalogsParseWithTheirProvenanceFlags() {
        List<CatalogCsv.Row> functional = CatalogCsv.parse(Scheme.FUNCTIONAL, shipped("functional-2022.csv"), false);
        assertEquals(842, functional.size(), "30 类 + 139 款 + 673 项 per CLASSIFICATION_NOTES.md");
        assertEquals(30, functional.stream().filter(r -> r.level().equals("类")).count());
        assertEquals(81, functional.stream().filter(CatalogCsv.Row::verified).count(), "the 81 codes the notes list as verified");
        assertTrue(functional.contains(new CatalogCsv.Row("2110301", "大气", "项", true)));
        List<CatalogCsv.Row> economic = CatalogCsv.parse(Scheme.ECONOMIC, shipped("economic-2022.csv"), false);
        assertEquals(110, economic.size(), "10 类 + 100 款");
        assertFalse(economic.stream().filter(r -> r.code().equals("39906")).findFirst().orElseThrow().verified(), "399 款 are from memory");
        // every shipped year passes the upload's checks too: an admin may correct one and upload it back
        for (int year : YearCatalogs.years()) {
            assertEquals(YearCatalogs.codes(Scheme.FUNCTIONAL.shipped(), year).size(),
                    CatalogCsv.parse(Scheme.FUNCTIONAL, shipped("functional-" + year + ".csv"), false).size());
            assertEquals(YearCatalogs.codes(Scheme.ECONOMIC.shipped(), year).size(),
                    CatalogCsv.parse(Scheme.ECONOMIC, shipped("economic-" + year + ".csv"), false).size());
        }
        assertEquals(841, CatalogCsv.parse(Scheme.FUNCTIONAL, shipped("functional-2023.csv"), false).size(), "2023: 234 retired");
        assertEquals(842, CatalogCsv.parse(Scheme.FUNCTIONAL, shipped("functional-2024.csv"), false).size(), "2024: 22006 added");
    }

    @Test
    void aQuotedNameFromAnExcelExportIsRead() {
        // as Excel's "CSV UTF-8" writes it: a BOM, CRLF, a name with a comma and quotes quoted, trailing empty cells
        String excel = "\uFEFFcode,name,level,verified\r\n"
                + "302,商品和服务支出,类,true\r\n"
                + "30299,\"其他商品和服务支出（含\"\"三保\"\",补充）\",款,false,,\r\n"
                + "\"30201\",\"办公费\",\"款\",\"true\"\r\n"
                + ",,,\r\n";
        List<CatalogCsv.Row> rows = CatalogCsv.parse(Scheme.ECONOMIC, excel, true);
        assertEquals(List.of(new CatalogCsv.Row("302", "商品和服务支出", "类", true),
                new CatalogCsv.Row("30299", "其他商品和服务支出（含\"三保\",补充）", "款", false),
                new CatalogCsv.Row("30201", "办公费", "款", true)), rows);
    }

    @Test
    void aBadFileIsRefusedNamingTheLine() {
        ProblemException e = assertThrows(ProblemException.class, () -> CatalogCsv.parse(Scheme.ECONOMIC,
                "code,name,level\r\n301,工资福利支出,类\r\n30101,基本工资,类\r\n3010,奖金,款\r\n30201,办公费,款\r\n301,重复,类\r\n", true));
        List<String> fields = e.toProblem().errors().stream().map(f -> f.field()).toList();
        assertEquals(List.of("line 3", "line 4", "line 6", "code 30201"), fields);
        // lines count as an editor shows them: a blank line and a quoted name over two lines included
        ProblemException shifted = assertThrows(ProblemException.class, () -> CatalogCsv.parse(Scheme.ECONOMIC,
                "code,name,level\n\n301,\"工资\n福利支出\",类\n30101,基本工资,类\n", true));
        assertEquals(List.of("line 5"), shifted.toProblem().errors().stream().map(f -> f.field()).toList());
        assertThrows(ProblemException.class, () -> CatalogCsv.parse(Scheme.FUNCTIONAL, "编码,名称\n201,一般公共服务支出\n", true));
        assertThrows(ProblemException.class, () -> CatalogCsv.parse(Scheme.ECONOMIC, "code,name,level\n3010101,x,项\n", true),
                "economic codes have no 项");
        ProblemException unterminated = assertThrows(ProblemException.class, () -> CatalogCsv.parse(Scheme.ECONOMIC,
                "code,name,level\n301,\"工资福利支出,类\n", true));
        assertEquals("$", unterminated.toProblem().errors().get(0).field());
    }

    private static String shipped(String file) {
        try (InputStream in = YearCatalogs.class.getResourceAsStream("catalogs/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
