package org.openbudget.asset.event;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.openbudget.asset.support.EventSchemas;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped example events match their schemas and the producer's own payload type; the schemas do refuse bad data. */
class EventContractTest {

    private static final ObjectMapper STRICT = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    private static JsonNode example(String name) throws IOException {
        try (InputStream in = EventSchemas.resource("events/" + name + ".v1.example.json")) {
            return STRICT.readTree(in);
        }
    }

    @Test
    void holdingsExampleMatchesSchemaAndPayloadType() throws IOException {
        JsonNode event = example("holdings-changed");
        assertEquals(AssetEvents.HOLDINGS_CHANGED, event.get("type").asText());
        assertEquals("434:2021", event.get("subject").asText());
        assertEquals(java.util.Set.of(), EventSchemas.validate("holdings-changed", event.get("data")));
        AssetYearState state = STRICT.treeToValue(event.get("data"), AssetYearState.class);
        // the seed's 947.09 万元 = 138.26 + 808.83, carried in 元
        assertEquals(new BigDecimal("9470900.00"), state.holdings().get(0).totalValue());
        assertEquals(8L, state.holdings().get(0).vehicles().quantity());
    }

    @Test
    void procurementExampleMatchesSchemaAndPayloadType() throws IOException {
        JsonNode event = example("procurement-plan-changed");
        assertEquals(AssetEvents.PROCUREMENT_PLAN_CHANGED, event.get("type").asText());
        assertEquals(java.util.Set.of(), EventSchemas.validate("procurement-plan-changed", event.get("data")));
        AssetYearState state = STRICT.treeToValue(event.get("data"), AssetYearState.class);
        assertEquals(new BigDecimal("58000.00"), state.procurementPlan().totals().goods().amount());
    }

    @Test
    void schemasRefuseDataWithoutVersionOrWithUnknownKind() throws IOException {
        ObjectNode data = (ObjectNode) example("procurement-plan-changed").get("data").deepCopy();
        data.remove("version");
        assertFalse(EventSchemas.validate("procurement-plan-changed", data).isEmpty());

        ObjectNode other = (ObjectNode) example("procurement-plan-changed").get("data").deepCopy();
        ((ObjectNode) other.at("/procurementPlan/items/0")).put("kind", "设备");
        assertTrue(EventSchemas.validate("procurement-plan-changed", other).stream()
                .anyMatch(m -> m.getInstanceLocation().toString().contains("kind")));
    }
}
