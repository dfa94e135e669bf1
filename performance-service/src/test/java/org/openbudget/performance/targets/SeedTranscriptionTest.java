package org.openbudget.performance.targets;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks the hand-typed test data of section 五 against the seed document itself: every indicator
 * row must be a printed table line (二级 … 依据, tab-separated; the printed 一级 cell is merged over
 * rows), every goal and paragraph must be printed verbatim.
 */
class SeedTranscriptionTest {

    @Test
    void typedSectionFiveIsWhatTheSeedPrints() throws IOException {
        String doc = Files.readString(Path.of("../seeds/000_089e20c77680147c.txt"), StandardCharsets.UTF_8);
        TargetSetPayload seed;
        try (InputStream in = getClass().getResourceAsStream("/seed-434-2022-performance.json")) {
            seed = new ObjectMapper().readValue(in, TargetSetPayload.class);
        }
        assertEquals(4, seed.projects().size());
        int rows = 0;
        for (ProjectPayload p : seed.projects()) {
            assertTrue(doc.contains(p.name() + "绩效目标表"), p.name());
            assertTrue(doc.contains("绩效目标\t" + p.goal() + "\t"), p.name());
            for (IndicatorPayload r : p.indicators()) {
                String line = "\t" + String.join("\t", r.level2(), r.level3(), r.description(), r.value(), r.basis()) + "\n";
                assertTrue(doc.contains(line) || doc.contains("\n" + r.level1() + line), () -> "not printed: " + line);
                rows++;
            }
        }
        assertEquals(22, rows, "5 + 5 + 5 + 7 rows are printed");
        assertTrue(doc.contains("\n" + seed.overallGoal() + "\n"));
        assertEquals(3, seed.subGoals().size());
        for (TargetSetPayload.SubGoal g : seed.subGoals()) {
            assertTrue(doc.contains("）" + g.title() + "\n"), g.title());
            for (TargetSetPayload.GoalEntry e : g.entries()) {
                assertTrue(doc.contains("绩效目标：" + e.goal() + "\n"));
                assertTrue(doc.contains("绩效指标：" + e.indicator() + "\n"));
            }
        }
        assertEquals(4, seed.safeguards().size());
        seed.safeguards().forEach(s -> assertTrue(doc.contains("\n" + s + "\n")));
        assertTrue(seed.specialFunds().none());
        assertTrue(doc.contains("\n" + seed.specialFunds().statement() + "\n"));
    }
}
