package org.openbudget.seeds.parse;

import org.junit.jupiter.api.Test;
import org.openbudget.seeds.read.DocumentReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The XLSX templates of the Shanghai (普陀) disclosures, department and unit level (../shared/samples, read at test
 * time, never copied): every title, column and section of the two levels, placeholders instead of figures. Read by
 * the importer's reader and parsed, each shows its nine tables at its level with nothing skipped; the example codes
 * of tables 2 and 7 are those each template prints (typed by hand from it).
 */
class ShanghaiTemplatesTest {

    private static DisclosureDocument parse(String file) throws IOException {
        Path path = SharedFiles.require("samples/" + file);
        return DocumentParser.parse(DocumentReader.read(file, Files.readAllBytes(path)));
    }

    @Test
    void theDepartmentTemplatePrintsTheNineTablesOfADepartment() throws IOException {
        DisclosureDocument doc = parse("shanghai_department_budget_template.xlsx");
        check(doc, DocumentLevel.DEPARTMENT, List.of("205", "20502", "2050205", "207", "20799"));
        assertTrue(doc.table(TableKind.SUMMARY).orElseThrow().title().contains("2026年部门财务收支预算总表"));
    }

    @Test
    void theUnitTemplatePrintsTheNineTablesOfAUnit() throws IOException {
        DisclosureDocument doc = parse("shanghai_unit_budget_template.xlsx");
        check(doc, DocumentLevel.UNIT, List.of("205", "20502", "2050205"));
        assertTrue(doc.table(TableKind.SUMMARY).orElseThrow().title().contains("2026年预算单位财务收支预算总表"));
    }

    private static void check(DisclosureDocument doc, DocumentLevel level, List<String> revenueCodes) {
        assertEquals(Layout.SHANGHAI, doc.layout());
        assertEquals(9, doc.tablesFound(), doc.summary() + " " + doc.missingTables());
        assertTrue(doc.errors().isEmpty(), () -> doc.errors().toString());
        assertEquals(level, doc.level());
        assertEquals(2026, doc.year());
        assertEquals("万元", doc.table(TableKind.THREE_PUBLIC).orElseThrow().unit());
        assertEquals("元", doc.table(TableKind.REVENUE).orElseThrow().unit());
        assertEquals(revenueCodes,
                doc.table(TableKind.REVENUE).orElseThrow().codeRows().stream().map(ParsedRow::key).toList());
        assertEquals(List.of("229", "22908", "2290804"),
                doc.table(TableKind.GOVERNMENT_FUND).orElseThrow().codeRows().stream().map(ParsedRow::key).toList());
    }
}
