package org.openbudget.budget.classification;

import org.junit.jupiter.api.Test;
import org.openbudget.budget.SeedFixture;
import org.openbudget.common.problem.ProblemException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogCsvTest {

    @Test
    void theBundledCatalogsParseWithTheirProvenanceFlags() {
        List<CatalogCsv.Row> functional = CatalogCsv.parse(Scheme.FUNCTIONAL, SeedFixture.resource("catalog/functional_classification.csv"), false);
        assertEquals(842, functional.size(), "30 类 + 139 款 + 673 项 per CLASSIFICATION_NOTES.md");
        assertEquals(30, functional.stream().filter(r -> r.level().equals("类")).count());
        assertEquals(81, functional.stream().filter(CatalogCsv.Row::verified).count(), "the 81 codes the notes list as verified");
        assertTrue(functional.contains(new CatalogCsv.Row("2110301", "大气", "项", true)));
        List<CatalogCsv.Row> economic = CatalogCsv.parse(Scheme.ECONOMIC, SeedFixture.resource("catalog/economic_classification.csv"), false);
        assertEquals(110, economic.size(), "10 类 + 100 款");
        assertFalse(economic.stream().filter(r -> r.code().equals("39906")).findFirst().orElseThrow().verified(), "399 款 are from memory");
    }

    @Test
    void aBadFileIsRefusedNamingTheLine() {
        ProblemException e = assertThrows(ProblemException.class, () -> CatalogCsv.parse(Scheme.ECONOMIC,
                "code,name,level\r\n301,工资福利支出,类\r\n30101,基本工资,类\r\n3010,奖金,款\r\n30201,办公费,款\r\n301,重复,类\r\n", true));
        List<String> fields = e.toProblem().errors().stream().map(f -> f.field()).toList();
        assertEquals(List.of("line 3", "line 4", "line 6", "code 30201"), fields);
        assertThrows(ProblemException.class, () -> CatalogCsv.parse(Scheme.FUNCTIONAL, "编码,名称\n201,一般公共服务支出\n", true));
        assertThrows(ProblemException.class, () -> CatalogCsv.parse(Scheme.ECONOMIC, "code,name,level\n3010101,x,项\n", true),
                "economic codes have no 项");
    }
}
