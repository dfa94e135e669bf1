package org.openbudget.seeds.load.batch;

import org.openbudget.seeds.load.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The JSON report of a batch ({@code --report FILE}; by default {@code load-report-<time>.json} in
 * {@code OPENBUDGET_LOAD_REPORTS}, which deploy/local/load sets to .local-stack/logs): what was asked, one entry per
 * document as its summary line says it, and what was passed over or refused while listing the inputs.
 */
public record BatchReport(Instant started, Instant finished, double seconds, double documentsPerSecond, int jobs,
                          List<String> arguments, int documents, int failed, int exitStatus,
                          List<DocumentResult> results, List<String> passedOver, List<String> refused) {

    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, Json.pretty(this) + "\n", StandardCharsets.UTF_8);
    }
}
