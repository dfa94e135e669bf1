package org.openbudget.seeds.bench.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbudget.seeds.read.DocumentFormat;
import org.openbudget.seeds.seed.SeedDocument;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parse benchmark times every document of a folder, counts refusals without stopping, and prints its table. */
class ParseBenchTest {

    @Test
    void everyDocumentIsTimedARefusalIsCountedAndTheBatchRunsThemAll(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("seed.txt"), SeedDocument.text(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("letter.txt"), "Dear clerk,\nnothing to see here.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("page.html"), "<html><body><p>不是预算</p></body></html>", StandardCharsets.UTF_8);

        ParseBench.Result r = ParseBench.run(List.of(dir), 1, 3, 2);

        assertEquals(3, r.timings().size());
        assertEquals(List.of("letter.txt", "page.html", "seed.txt"), r.timings().stream().map(ParseBench.Timing::name).toList());
        assertEquals(List.of(DocumentFormat.TEXT, DocumentFormat.HTML, DocumentFormat.TEXT),
                r.timings().stream().map(ParseBench.Timing::format).toList());
        assertNull(r.timings().get(2).refusal(), "the seed parses");
        assertTrue(r.timings().get(0).refusal() != null && r.timings().get(1).refusal() != null, "the two others are refused");
        assertEquals(9, r.batchDocuments(), "3 documents × 3 rounds");
        assertTrue(r.timings().get(2).parseNanos() > 0 && r.batchNanos() > 0);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParseBench.print(r, new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        System.out.print(printed);
        assertTrue(printed.contains("TEXT       2        1"), printed);
        assertTrue(printed.contains("HTML       1        1"), printed);
        assertTrue(printed.contains("batch: 9 documents on 2 threads"), printed);
    }
}
