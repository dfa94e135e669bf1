package org.openbudget.disclosure.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared schemas accept the shipped examples and refuse, for every event type, a missing required field, a
 * wrong type, a negative number and a value outside an enumeration — each breach reported at its path.
 */
class EventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theExampleKeepsItsContract(EventType type) {
        JsonNode example = example(type);
        assertEquals(type.type(), example.get("type").asText(), "the example is an event of its own type");
        assertEquals(List.of(), EventSchemas.shared().validate(type.type(), example.get("data")));
    }

    record Breach(EventType type, String what, Consumer<ObjectNode> edit, String path, String messagePart) {
        @Override
        public String toString() {
            return type.title() + ": " + what;
        }
    }

    static Stream<Breach> breaches() {
        return Stream.of(
                new Breach(EventType.DEPARTMENT_CHANGED, "no name", d -> d.remove("name"), "$", "name"),
                new Breach(EventType.DEPARTMENT_CHANGED, "version as text", d -> d.put("version", "1"), "$.version", "integer"),
                new Breach(EventType.DEPARTMENT_CHANGED, "negative version (it carries no amount)",
                        d -> d.put("version", -1), "$.version", "minimum"),
                new Breach(EventType.DEPARTMENT_CHANGED, "unit nature 公司",
                        d -> at(d, "/units/0").put("nature", "公司"), "$.units[0].nature", ""),

                new Breach(EventType.DEPARTMENT_BUDGET_CHANGED, "no status", d -> d.remove("status"), "$", "status"),
                new Breach(EventType.DEPARTMENT_BUDGET_CHANGED, "year as text", d -> d.put("year", "2022"), "$.year", "integer"),
                new Breach(EventType.DEPARTMENT_BUDGET_CHANGED, "negative 一般公共预算拨款",
                        d -> at(d, "/budget/revenue").put("generalBudget", new BigDecimal("-3943000.00")),
                        "$.budget.revenue.generalBudget", "minimum"),
                new Breach(EventType.DEPARTMENT_BUDGET_CHANGED, "三公 item 'gifts'",
                        d -> at(d, "/budget/threePublic/0").put("item", "gifts"), "$.budget.threePublic[0].item", "enum"),

                new Breach(EventType.PERFORMANCE_TARGETS_CHANGED, "indicator without parsed value",
                        d -> at(d, "/projects/0/indicators/0").remove("parsed"), "$.projects[0].indicators[0]", "parsed"),
                new Breach(EventType.PERFORMANCE_TARGETS_CHANGED, "adjusted as text",
                        d -> d.put("adjusted", "no"), "$.adjusted", "boolean"),
                new Breach(EventType.PERFORMANCE_TARGETS_CHANGED, "negative project budget",
                        d -> at(d, "/projects/0/budget").put("yuan", new BigDecimal("-380000.00")),
                        "$.projects[0].budget", ""),
                new Breach(EventType.PERFORMANCE_TARGETS_CHANGED, "status archived",
                        d -> d.put("status", "archived"), "$.status", "enum"),

                new Breach(EventType.ASSET_HOLDINGS_CHANGED, "holding without as-of date",
                        d -> at(d, "/holdings/0").remove("asOf"), "$.holdings[0]", "asOf"),
                new Breach(EventType.ASSET_HOLDINGS_CHANGED, "vehicle count as text",
                        d -> at(d, "/holdings/0/vehicles").put("quantity", "8"), "$.holdings[0].vehicles.quantity", ""),
                new Breach(EventType.ASSET_HOLDINGS_CHANGED, "negative 资产总额",
                        d -> at(d, "/holdings/0").put("totalValue", new BigDecimal("-9470900.00")),
                        "$.holdings[0].totalValue", "minimum"),
                new Breach(EventType.ASSET_HOLDINGS_CHANGED, "entered in 千元",
                        d -> at(d, "/holdings/0").put("enteredUnit", "千元"), "$.holdings[0].enteredUnit", ""),

                new Breach(EventType.PROCUREMENT_PLAN_CHANGED, "data without version", d -> d.remove("version"), "$", "version"),
                new Breach(EventType.PROCUREMENT_PLAN_CHANGED, "line number as text",
                        d -> at(d, "/procurementPlan/items/0").put("lineNo", "1"), "$.procurementPlan", ""),
                new Breach(EventType.PROCUREMENT_PLAN_CHANGED, "negative line amount",
                        d -> at(d, "/procurementPlan/items/0").put("amount", new BigDecimal("-58000.00")),
                        "$.procurementPlan", ""),
                new Breach(EventType.PROCUREMENT_PLAN_CHANGED, "kind 设备",
                        d -> at(d, "/procurementPlan/items/0").put("kind", "设备"), "$.procurementPlan", ""));
    }

    @ParameterizedTest
    @MethodSource("breaches")
    void theSchemaRefusesTheBreachAtItsPath(Breach breach) {
        ObjectNode data = (ObjectNode) example(breach.type()).get("data").deepCopy();
        breach.edit().accept(data);
        List<Violation> violations = EventSchemas.shared().validate(breach.type().type(), data);
        assertFalse(violations.isEmpty(), breach + " is refused");
        assertTrue(violations.stream().anyMatch(v -> v.path().startsWith(breach.path())
                        && v.message().contains(breach.messagePart())),
                breach + " is reported at " + breach.path() + ", got " + violations);
    }

    @Test
    void aNullableAmountMayBeNullButAnAbsentOneIsNotZero() {
        ObjectNode data = (ObjectNode) example(EventType.DEPARTMENT_BUDGET_CHANGED).get("data").deepCopy();
        at(data, "/budget/revenue").putNull("governmentFund");
        assertEquals(List.of(), EventSchemas.shared().validate(EventType.DEPARTMENT_BUDGET_CHANGED, data),
                "a blank cell may travel as null");
    }

    @Test
    void aMalformedDateIsABreach() {
        ObjectNode data = (ObjectNode) example(EventType.DEPARTMENT_CHANGED).get("data").deepCopy();
        data.set("updatedAt", TextNode.valueOf("10.02.2022 08:00"));
        List<Violation> violations = EventSchemas.shared().validate(EventType.DEPARTMENT_CHANGED, data);
        assertEquals(1, violations.size(), violations.toString());
        assertEquals("$.updatedAt", violations.get(0).path());
    }

    @Test
    void oneSharedInstanceServesManyThreads() throws Exception {
        JsonNode good = example(EventType.DEPARTMENT_BUDGET_CHANGED).get("data");
        ObjectNode bad = (ObjectNode) good.deepCopy();
        bad.put("status", "done");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                JsonNode data = i % 2 == 0 ? good : bad;
                results.add(pool.submit(() -> EventSchemas.shared().validate(EventType.DEPARTMENT_BUDGET_CHANGED, data).size()));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(i % 2 == 0 ? 0 : 1, results.get(i).get(), "validation " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnknownTypeHasNoSchemaToKeep() {
        assertFalse(EventSchemas.shared().knows("org.openbudget.budget.department.deleted.v1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventSchemas.shared()
                .validate("org.openbudget.budget.department.deleted.v1", JSON.createObjectNode()));
        assertTrue(e.getMessage().contains("org.openbudget.budget.department.deleted.v1"), e.getMessage());
    }

    @Test
    void eachTypeHasItsSchemaIdAndTitle() {
        for (EventType type : EventType.values()) {
            JsonNode schema = read(type.schemaResource());
            assertEquals(type.schemaId(), schema.get("$id").asText(), type.name());
            assertTrue(schema.get("title").asText().startsWith(type.title()), type.name());
        }
        assertEquals("urn:openbudget:events:performance:targets-changed:v1", EventType.PERFORMANCE_TARGETS_CHANGED.schemaId());
        assertEquals("urn:openbudget:events:budget:department-budget-changed:v1", EventType.DEPARTMENT_BUDGET_CHANGED.schemaId());
    }

    private static ObjectNode at(ObjectNode data, String pointer) {
        return (ObjectNode) data.at(pointer);
    }

    static JsonNode example(EventType type) {
        return read(type.exampleResource());
    }

    private static JsonNode read(String resource) {
        try (InputStream in = EventSchemasTest.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
