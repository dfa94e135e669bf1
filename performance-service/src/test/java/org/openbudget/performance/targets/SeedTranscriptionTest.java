package org.openbudget.performance.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.openbudget.seeds.load.Json;
import org.openbudget.seeds.seed.SeedDocument;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks the hand-typed test data of section 五 against the seed document itself: every indicator
 * row must be a printed table line (二级 … 依据, tab-separated; the printed 一级 cell is merged over
 * rows), every goal and paragraph must be printed verbatim — and all of it is what the importer reads from
 * the seed (seeds-importer's SeedDocument, the one reader of the seed; no copy of its text here).
 */
class SeedTranscriptionTest {

    @Test
    void typedSectionFiveIsWhatTheSeedPrints() throws IOException {
        String doc = SeedDocument.text();
        TargetSetPayload seed = typed();
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

    /**
     * The whole typed set is the request the loader makes of section 五 — the merged 一级 cells the text check above
     * cannot see included — but for each project's id, amount and functional code: the seed prints none of them, the
     * tests choose their own.
     */
    @Test
    void typedSectionFiveIsWhatTheImporterReads() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode typed = json.readTree(getClass().getResource("/seed-434-2022-performance.json"));
        typed.get("projects").forEach(p -> ((ObjectNode) p).remove(List.of("id", "budget", "functionalCode")));
        JsonNode read = json.readTree(Json.compact(SeedDocument.body("/api/v1/performance/434/2022")));
        read.get("projects").forEach(p -> ((ObjectNode) p).remove("id"));
        assertEquals(read, typed);
    }

    private TargetSetPayload typed() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/seed-434-2022-performance.json")) {
            return new ObjectMapper().readValue(in, TargetSetPayload.class);
        }
    }
}
