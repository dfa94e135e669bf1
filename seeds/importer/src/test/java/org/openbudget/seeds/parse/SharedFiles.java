package org.openbudget.seeds.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The public documents and hand-extracted figures under ../shared (read-only, never copied into the
 * project): read where they are at test time; a test needing them is skipped, saying why, only when the
 * folder is absent.
 */
public final class SharedFiles {

    public static final Path SHARED = Path.of(System.getProperty("shared.dir", "../../../shared")).toAbsolutePath().normalize();

    private SharedFiles() {
    }

    /** The file under ../shared, or the test is skipped because the folder is absent. */
    public static Path require(String relative) {
        Path folder = SHARED.resolve(relative).getParent();
        assumeTrue(Files.isDirectory(folder), () -> "skipped: " + folder + " (the read-only public samples) is not on this machine");
        return SHARED.resolve(relative);
    }

    public static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(file.toFile());
    }

    /** A figure of the JSON; null for a JSON null. */
    public static BigDecimal figure(JsonNode node) {
        return node == null || node.isNull() ? null : node.decimalValue();
    }
}
