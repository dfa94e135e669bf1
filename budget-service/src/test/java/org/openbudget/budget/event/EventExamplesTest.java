package org.openbudget.budget.event;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openbudget.budget.Json;
import org.openbudget.budget.SeedFixture;

import java.math.BigDecimal;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The shipped example events satisfy their schemas — and a schema refuses what the contract forbids. */
class EventExamplesTest {

    @Test
    void examplesMatchTheirSchemas() {
        for (String name : new String[]{"department-changed", "department-budget-changed"}) {
            JsonNode example = Json.read(SeedFixture.resource("events/" + name + ".v1.example.json"));
            assertEquals(Set.of(), EventSchemas.validate(name, example.get("data")), name);
        }
        JsonNode budget = Json.read(SeedFixture.resource("events/department-budget-changed.v1.example.json"));
        assertEquals("434:2022", budget.get("subject").asText());
        assertEquals(new BigDecimal("3943000.00"), budget.at("/data/budget/revenue/generalBudget").decimalValue(),
                "394.30 万元 in 元");
    }

    @Test
    void theBudgetSchemaRefusesANegativeAmountAndAnUnknownStatus() {
        String example = SeedFixture.resource("events/department-budget-changed.v1.example.json");
        JsonNode negative = Json.read(example.replace("\"generalBudget\": 3943000.00", "\"generalBudget\": -3943000.00"));
        assertFalse(EventSchemas.validate("department-budget-changed", negative.get("data")).isEmpty());
        JsonNode status = Json.read(example.replace("\"status\": \"published\"", "\"status\": \"done\""));
        assertFalse(EventSchemas.validate("department-budget-changed", status.get("data")).isEmpty());
    }
}
