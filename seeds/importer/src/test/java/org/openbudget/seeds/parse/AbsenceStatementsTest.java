package org.openbudget.seeds.parse;

import org.junit.jupiter.api.Test;
import org.openbudget.seeds.seed.SeedDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sentences saying there is nothing to print — what the platform writes where a department has entered nothing
 * ("本部门职责尚未录入。", "本部门2022年预算绩效目标尚未公开。", "无。") — are not_loaded, not errors.
 */
class AbsenceStatementsTest {

    @Test
    void sentencesOfAbsence() {
        for (String s : List.of("本部门职责尚未录入。", "本部门2022年预算绩效目标尚未公开。", "无。", "暂无", "本单位无其他需要说明的事项。")) {
            assertTrue(Texts.statesAbsence(s), s);
        }
        for (String s : List.of("负责县政府领导活动的组织和协调工作。", "(一) 协助县政府领导组织起草", "无政府性基金预算的部门应说明理由并提供相关数据和测算过程供审核。")) {
            assertFalse(Texts.statesAbsence(s), s);
        }
    }

    @Test
    void dutiesNotEnteredAreNotAnError() throws IOException {
        List<String> out = new ArrayList<>();
        boolean duties = false;
        for (String line : SeedDocument.text().split("\n", -1)) {
            if (line.startsWith("部门职责：")) {
                duties = true;
                out.add(line);
                out.add("本部门职责尚未录入。");
                continue;
            }
            if (duties && line.startsWith("机构设置")) {
                duties = false;
            }
            out.add(duties ? "" : line);
        }
        DisclosureDocument doc = DocumentParser.parse(SourceText.of("no-duties.txt", String.join("\n", out)));
        assertTrue(doc.profile().duties().isEmpty(), doc.profile().duties().toString());
        assertEquals(SeedDocument.parsed().errors(), doc.errors());
        assertTrue(doc.warnings().stream().anyMatch(w -> w.kind() == WarningKind.NOT_LOADED && w.message().contains("尚未录入")));
    }
}
