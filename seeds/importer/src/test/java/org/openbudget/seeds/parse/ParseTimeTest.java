package org.openbudget.seeds.parse;

import org.junit.jupiter.api.Test;
import org.openbudget.seeds.seed.SeedDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Parse time per text document, warm (#14's measure, goal &lt; 50 ms): printed, never asserted — a timing
 * assertion would fail on a busy machine, not on a slow parser. What is asserted is that every run read the
 * same nine tables.
 */
class ParseTimeTest {

    private static final int WARM_UP = 30;
    private static final int RUNS = 100;

    @Test
    void printsTheParseTimeOfTheSeedAndTheSample() throws IOException {
        measure("seed (Hebei, 万元)", SeedDocument.text());
        measure("Shanghai sample (元)", Files.readString(SharedFiles.require("samples/shpt_fuliyuan_2024.txt"), StandardCharsets.UTF_8));
    }

    private static void measure(String what, String text) {
        for (int i = 0; i < WARM_UP; i++) {
            assertEquals(9, DocumentParser.parse(SourceText.of(what, text)).tablesFound());
        }
        long start = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            assertEquals(9, DocumentParser.parse(SourceText.of(what, text)).tablesFound());
        }
        double ms = (System.nanoTime() - start) / 1e6 / RUNS;
        System.out.printf(java.util.Locale.ROOT, "parse time, %s: %.2f ms per document (warm, mean of %d)%n", what, ms, RUNS);
    }
}
