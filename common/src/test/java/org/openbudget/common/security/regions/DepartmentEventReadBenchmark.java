package org.openbudget.common.security.regions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Prints what the region feed spends per record of budget.events (issue 16): the old read (the record decoded to a
 * String by Kafka's StringDeserializer, then a whole Jackson tree) against {@link DepartmentEventReader} on the bytes,
 * for disclosure-model's example budget event (12.6 KB compacted; 25 KB as the file is indented), the same with
 * twice its data (~25 KB compacted) and a department event. A figure to read, not a test: run its main with the
 * test classpath.
 */
public final class DepartmentEventReadBenchmark {

    private static final int ROUNDS = 5;
    private static final int RECORDS = 20_000;

    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode example;
        try (InputStream in = DepartmentEventReadBenchmark.class
                .getResourceAsStream("/events/department-budget-changed.v1.example.json")) {
            example = (ObjectNode) mapper.readTree(in);
        }
        byte[] budget = mapper.writeValueAsBytes(example); // compacted, as the outbox writes it
        // a budget with twice the lines, the size of the benchmark's events
        ObjectNode data = (ObjectNode) example.get("data");
        data.set("previous", data.deepCopy());
        byte[] large = mapper.writeValueAsBytes(example);
        byte[] department = DepartmentEventReaderTest.department("990434", "990100", 7).getBytes(StandardCharsets.UTF_8);
        DepartmentEventReader reader = new DepartmentEventReader(mapper);
        System.out.printf("budget event %d bytes, larger budget event %d bytes, department event %d bytes%n",
                budget.length, large.length, department.length);
        for (int round = 1; round <= ROUNDS; round++) {
            System.out.printf("round %d: budget event  old %,8d ns/record  new %,6d ns/record%n", round,
                    old(mapper, budget), now(reader, budget));
            System.out.printf("round %d: larger budget old %,8d ns/record  new %,6d ns/record%n", round,
                    old(mapper, large), now(reader, large));
            System.out.printf("round %d: department ev old %,8d ns/record  new %,6d ns/record%n", round,
                    old(mapper, department), now(reader, department));
        }
    }

    private static long old(ObjectMapper mapper, byte[] value) throws Exception {
        long sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < RECORDS; i++) {
            JsonNode event = mapper.readTree(new String(value, StandardCharsets.UTF_8));
            if ("org.openbudget.budget.department.changed.v1".equals(event.path("type").asText())) {
                sink += event.path("data").path("version").asLong(0);
            }
        }
        return report(start, sink);
    }

    private static long now(DepartmentEventReader reader, byte[] value) throws Exception {
        long sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < RECORDS; i++) {
            DepartmentEventReader.Row row = reader.read(value);
            if (row != null) {
                sink += row.version();
            }
        }
        return report(start, sink);
    }

    private static long report(long start, long sink) {
        long perRecord = (System.nanoTime() - start) / RECORDS;
        if (sink == 42) {
            System.out.print(""); // keeps the results alive
        }
        return perRecord;
    }
}
