package org.openbudget.seeds.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbudget.seeds.parse.SharedFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** #14 item 3: department codes for documents that print none, from a CSV as a finance bureau exports it. */
class DepartmentCodesTest {

    @Test
    void anExcelExportWithBomHeaderQuotesAnd全角SpacesMatchesThePrintedName() throws IOException {
        DepartmentCodes codes = DepartmentCodes.read(new StringReader("\uFEFF部门名称,部门编码\r\n"
                + "\"上海市普陀区　社会福利院\",SHPT01\r\n"
                + "\"高邑县政府办, 本级\",\"434\"\r\n"
                + "\r\n"
                + "上海市普陀区民政局,ＳＨＰＴ０２\r\n"), "codes.csv");
        assertEquals(Optional.of("SHPT01"), codes.code("上海市普陀区社会福利院"));
        assertEquals(Optional.of("SHPT01"), codes.code(" 上海市普陀区 社会福利院 "));
        assertEquals(Optional.of("434"), codes.code("高邑县政府办,本级"));
        assertEquals(Optional.of("SHPT02"), codes.code("上海市普陀区民政局"), "全角 letters and digits read as 半角");
        assertEquals(Optional.empty(), codes.code("上海市普陀区教育局"));
        assertEquals(3, codes.size());
    }

    @Test
    void withoutAHeaderTheCodeIsTheCellThatIsACodeInEitherOrder() throws IOException {
        DepartmentCodes codes = DepartmentCodes.read(new StringReader("SHPT01,上海市普陀区社会福利院\n上海市普陀区民政局,SHPT02\n"),
                "codes.csv");
        assertEquals(Optional.of("SHPT01"), codes.code("上海市普陀区社会福利院"));
        assertEquals(Optional.of("SHPT02"), codes.code("上海市普陀区民政局"));
    }

    @Test
    void aRowThatIsNotANameAndACodeOrGivesANameTwoCodesIsRefusedNamingTheRow() {
        IllegalArgumentException twoCodes = assertThrows(IllegalArgumentException.class, () -> DepartmentCodes.read(
                new StringReader("名称,编码\n福利院,A1\n民政局,A2\n福利院,A3\n"), "codes.csv"));
        assertEquals("--departments codes.csv: row 4 gives 福利院 the code A3, an earlier row A1", twoCodes.getMessage());
        IllegalArgumentException noCode = assertThrows(IllegalArgumentException.class, () -> DepartmentCodes.read(
                new StringReader("福利院,民政局\n"), "codes.csv"));
        assertEquals("--departments codes.csv: row 1 is not a name and a code", noCode.getMessage());
        IllegalArgumentException badCode = assertThrows(IllegalArgumentException.class, () -> DepartmentCodes.read(
                new StringReader("名称,编码\n福利院,A-1\n"), "codes.csv"));
        assertTrue(badCode.getMessage().startsWith("--departments codes.csv: row 2 code \"A-1\""), badCode.getMessage());
    }

    /**
     * The Shanghai sample prints no department code: --parse-only reports it missing and does not fail; the list gives
     * it one (matched on the printed 编制单位 name).
     */
    @Test
    void theShanghaiSampleTakesItsCodeFromTheListAndParseOnlyNeverFailsWithoutOne(@TempDir Path dir) throws IOException {
        Path sample = SharedFiles.require("samples/shpt_fuliyuan_2024.txt");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        HttpPort none = (m, u, b) -> {
            throw new AssertionError("nothing may be sent");
        };
        Map<String, String> env = Map.of("OPENBUDGET_LOAD_REPORTS", dir.toString());
        assertEquals(0, LoaderMain.run(new String[]{"--parse-only", sample.toString()}, env, none,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("load not_loaded: department code missing"), err.toString(StandardCharsets.UTF_8));
        assertEquals("/api/v1/budgets/{dept}/2024",
                JsonAssert.tree(out.toString(StandardCharsets.UTF_8)).at("/load/calls/1/path").asText());

        Path csv = dir.resolve("codes.csv");
        Files.writeString(csv, "\uFEFF单位名称,单位代码\n\"上海市普陀区　社会福利院\",SHPT01\n", StandardCharsets.UTF_8);
        out.reset();
        err.reset();
        assertEquals(0, LoaderMain.run(new String[]{"--parse-only", "--departments", csv.toString(), sample.toString()}, env,
                none, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertEquals("/api/v1/budgets/SHPT01/2024",
                JsonAssert.tree(out.toString(StandardCharsets.UTF_8)).at("/load/calls/1/path").asText());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("department code SHPT01 from codes.csv"));
    }
}
