package org.openbudget.disclosure.event.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.Test;
import org.openbudget.disclosure.event.EventType;
import org.openbudget.disclosure.money.Amount;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one generator configuration, on small records whose schema is checked by hand. */
class EventSchemaGeneratorTest {

    enum Colour {
        @JsonProperty("red") RED, @JsonProperty("dark-blue") DARK_BLUE
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Figures(@NotNull String unit, @Amount BigDecimal total) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Sparse(int count, String note, @JsonUnwrapped Figures figures) {
    }

    record Dense(@Pattern(regexp = "\\d{6}") String region, String name, Colour colour, LocalDate day,
                 OffsetDateTime at, List<String> tags, Object report, Sparse sparse) {
    }

    private static JsonNode generate(ContractRules rules) {
        return EventSchemaGenerator.generate(EventType.DEPARTMENT_CHANGED, Dense.class, rules);
    }

    private static JsonNode sparse(JsonNode schema) {
        JsonNode property = schema.at("/properties/sparse");
        JsonNode object = property.has("anyOf") ? property.at("/anyOf/1") : property;
        return object.has("$ref") ? schema.at(object.get("$ref").asText().substring(1)) : object;
    }

    @Test
    void aRecordWithoutNullDroppingRequiresEveryPropertyAndAllowsNullForReferences() {
        JsonNode schema = generate(new ContractRules());
        assertEquals(List.of("region", "name", "colour", "day", "at", "tags", "report", "sparse"),
                EventSchemaGeneratorTest.texts(schema.get("required")), "Jackson always writes them, in record order");
        assertEquals("[\"string\",\"null\"]", schema.at("/properties/name/type").toString());
        assertEquals(false, schema.get("additionalProperties").asBoolean(true), "closed object");
    }

    @Test
    void wireNamesFormatsAnchoredPatternsAndAnyObject() {
        JsonNode schema = generate(new ContractRules());
        assertTrue(schema.toString().contains("[\"red\",\"dark-blue\"]"), "enum by @JsonProperty: " + schema);
        assertEquals("date", schema.at("/properties/day/format").asText());
        assertEquals("date-time", schema.at("/properties/at/format").asText());
        assertEquals("^(?:\\d{6})$", schema.at("/properties/region/pattern").asText(), "Jakarta matches the whole text");
        assertEquals("[\"object\",\"null\"]", schema.at("/properties/report/type").toString());
        assertFalse(schema.at("/properties/report").has("additionalProperties"), "any object stays open");
    }

    @Test
    void unwrappedMembersMergeIntoTheirParentAndNullDroppingMakesThemOptional() {
        JsonNode sparse = sparse(generate(new ContractRules()));
        assertFalse(sparse.has("allOf"), sparse.toString());
        assertEquals(List.of("count", "note", "unit", "total"), EventSchemaGeneratorTest.keys(sparse.get("properties")));
        assertEquals(List.of("count", "unit"), EventSchemaGeneratorTest.texts(sparse.get("required")),
                "a primitive and a @NotNull are always written; the rest only when not null");
        assertEquals(0, sparse.at("/properties/total/minimum").asInt(), "@Amount's @DecimalMin");
        assertEquals(new BigDecimal("0.01"), sparse.at("/properties/total/multipleOf").decimalValue(), "@Amount's @Digits");
    }

    @Test
    void rulesAddWhatTheRecordsDoNotSay() {
        JsonNode schema = generate(new ContractRules()
                .nonNull(Dense.class, "name")
                .optional(Dense.class, "report")
                .minLength(Dense.class, "tags[]", 1)
                .values(Dense.class, "name", "甲", "乙")
                .minimum(Sparse.class, "count", 1)
                .required(Sparse.class, "note")
                .open(Dense.class));
        assertEquals("string", schema.at("/properties/name/type").asText());
        assertEquals("[\"甲\",\"乙\"]", schema.at("/properties/name/enum").toString());
        assertFalse(EventSchemaGeneratorTest.texts(schema.get("required")).contains("report"));
        assertEquals(1, schema.at("/properties/tags/items/minLength").asInt());
        assertFalse(schema.has("additionalProperties"), "open");
        JsonNode sparse = sparse(schema);
        assertEquals(1, sparse.at("/properties/count/minimum").asInt());
        assertTrue(EventSchemaGeneratorTest.texts(sparse.get("required")).contains("note"));
    }

    @Test
    void aRuleForAPropertyThatIsGoneFailsTheGeneration() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> generate(new ContractRules().nonNull(Dense.class, "nmae")));
        assertTrue(e.getMessage().contains("Dense#nmae"), e.getMessage());
    }

    @Test
    void theHeaderNamesTheTypeAndTheSourceRecord() {
        ObjectNode schema = (ObjectNode) generate(new ContractRules());
        assertEquals(List.of("$schema", "$id", "title", "description"), EventSchemaGeneratorTest.keys(schema).subList(0, 4));
        assertEquals("urn:openbudget:events:budget:department-changed:v1", schema.get("$id").asText());
        assertTrue(schema.get("description").asText().contains(Dense.class.getName()));
    }

    @Test
    void theDiffNumbersTheCheckedInLines() {
        assertEquals("    2 - b\n    3 + c", CheckedInSchema.diff("a\nb\nd", "a\nc\nd"),
                "b (line 2) replaced by c, inserted before line 3");
        assertEquals("", CheckedInSchema.diff("a\nb", "a\nb"));
    }

    static List<String> texts(JsonNode array) {
        return array == null ? List.of() : java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText).toList();
    }

    static List<String> keys(JsonNode object) {
        List<String> keys = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
