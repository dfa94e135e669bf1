package org.openbudget.common.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.openbudget.common.json.StrictJson;
import org.openbudget.disclosure.event.EventType;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The envelope is written and read by the CloudEvents SDK now (issue 17); the wire stays what the topics already hold:
 * structured-mode JSON with the same attributes, plus {@code dataschema} naming the data's JSON Schema.
 */
class CloudEventCodecTest {

    /** The services' mapper as Quarkus configures it: ISO dates, and common's strict, exact-decimal reading. */
    private static final ObjectMapper MAPPER = mapper();
    private final CloudEventCodec codec = new CloudEventCodec(MAPPER);

    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new StrictJson().customize(m);
        return m;
    }

    @Test
    void writesTheSameAttributesAsBeforeAndDataschemaNamingTheTypesSchema() throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("department", "434");
        data.put("total", new BigDecimal("3943000.00"));
        CloudEvent event = codec.envelope("/budget-service", "org.openbudget.budget.department-budget.changed.v1", "434:2022",
                data, new Actor("user-1", "openbudget-web"));
        String wire = codec.write(event);

        JsonNode tree = MAPPER.readTree(wire);
        Set<String> names = new TreeSet<>();
        tree.fieldNames().forEachRemaining(names::add);
        assertEquals(new TreeSet<>(List.of("specversion", "id", "source", "type", "time", "subject", "datacontenttype",
                "dataschema", "data", "actor", "actorclient")), names, wire);
        assertEquals("1.0", tree.path("specversion").asText());
        assertEquals("/budget-service", tree.path("source").asText());
        assertEquals("434:2022", tree.path("subject").asText());
        assertEquals("application/json", tree.path("datacontenttype").asText());
        // the schema's "$id" in disclosure-model/src/main/resources/events/department-budget-changed.v1.schema.json
        assertEquals("urn:openbudget:events:budget:department-budget-changed:v1", tree.path("dataschema").asText());
        assertEquals("user-1", tree.path("actor").asText());
        assertEquals("openbudget-web", tree.path("actorclient").asText());
        assertTrue(wire.contains("\"total\":3943000.00"), "the amount keeps its scale on the wire: " + wire);
        assertEquals(event.time(), OffsetDateTime.parse(tree.path("time").asText()));
    }

    @Test
    void eachTypesDataschemaIsItsSchemasId() throws Exception {
        for (EventType type : EventType.values()) {
            JsonNode schema;
            try (InputStream in = EventType.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
                schema = MAPPER.readTree(in);
            }
            CloudEvent event = codec.envelope("/x", type.type(), "1", Map.of("a", 1));
            assertEquals(schema.path("$id").asText(), MAPPER.readTree(codec.write(event)).path("dataschema").asText(), type.type());
        }
        assertNull(codec.envelope("/x", "org.example.other.v1", "1", Map.of()).dataschema(), "a type without a schema");
    }

    @Test
    void readsWhatItWritesUnchanged() {
        CloudEvent event = codec.envelope("/asset-service", "org.openbudget.asset.holdings.changed.v1", "434:2021",
                Map.of("value", new BigDecimal("15100.00"), "items", List.of(1, 2)), new Actor("u", "c"));
        assertEquals(event, codec.read(codec.write(event)));
        CloudEvent anonymous = codec.envelope("/asset-service", "org.openbudget.asset.holdings.changed.v1", "434:2021", Map.of("a", "b"));
        CloudEvent back = codec.read(codec.write(anonymous));
        assertEquals(anonymous, back);
        assertNull(back.actor());
        assertNull(back.actorclient());
    }

    /** The examples of the five types are complete envelopes as the producers wrote them before the SDK. */
    @Test
    void readsTheEnvelopesInTheTopicsWrittenBeforeTheSdk() throws Exception {
        for (EventType type : EventType.values()) {
            String example;
            try (InputStream in = EventType.class.getClassLoader().getResourceAsStream(type.exampleResource())) {
                example = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            JsonNode expected = MAPPER.readTree(example);
            CloudEvent read = codec.read(example);
            assertEquals(type.type(), read.type());
            assertEquals(expected.path("id").asText(), read.id());
            assertEquals(expected.path("subject").asText(), read.subject());
            assertEquals(OffsetDateTime.parse(expected.path("time").asText()), read.time());
            assertEquals(expected.path("data"), read.data(), type.type());
            assertNull(read.dataschema(), "written before dataschema");
        }
        // and exactly what the hand-written envelope (Jackson on the record, no dataschema) put on the wire
        ObjectNode data = MAPPER.createObjectNode().put("amount", new BigDecimal("394.30"));
        CloudEvent old = new CloudEvent("1.0", "e-1", "/budget-service", "org.openbudget.budget.department.changed.v1",
                OffsetDateTime.parse("2022-02-10T08:00:00.123456Z"), "434", "application/json", null, data, "sub-9", "loader");
        String oldWire = MAPPER.writeValueAsString(old);
        assertEquals(old, codec.read(oldWire));
        assertEquals("394.30", codec.read(oldWire).data().path("amount").decimalValue().toPlainString());
    }

    @Test
    void whatBreaksTheContractIsRefusedWithTheReason() {
        String good = codec.write(codec.envelope("/budget-service", "org.openbudget.budget.department.changed.v1", "434", Map.of("a", 1)));
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[]{"", "empty record value"});
        cases.add(new String[]{"not json", "not a CloudEvents JSON envelope"});
        cases.add(new String[]{good.replace("\"subject\":\"434\",", ""), "missing CloudEvents attribute 'subject'"});
        cases.add(new String[]{good.replace("\"specversion\":\"1.0\"", "\"specversion\":\"0.3\""), "unsupported specversion 0.3"});
        cases.add(new String[]{good.replace("\"specversion\":\"1.0\"", "\"specversion\":\"7\""), "not a CloudEvents JSON envelope"});
        cases.add(new String[]{good.replaceAll("\"id\":\"[^\"]+\"", "\"id\":\" \""), "missing CloudEvents attribute 'id'"});
        cases.add(new String[]{good.replaceAll("\"id\":\"[^\"]+\",", ""), "not a CloudEvents JSON envelope"});
        cases.add(new String[]{good.replace("{\"a\":1}", "\"text\""), "data must be a JSON object"});
        cases.add(new String[]{good.replace(",\"data\":{\"a\":1}", ""), "data must be a JSON object"});
        cases.add(new String[]{good.replace("\"source\":\"/budget-service\"", "\"source\":\"a b\""), "not a CloudEvents JSON envelope"});
        cases.add(new String[]{good.replace("\"subject\":\"434\"", "\"subject\":\"434\",\"actor\":5"), "'actor' must be a string"});
        for (String[] c : cases) {
            EventContractException e = assertThrows(EventContractException.class, () -> codec.read(c[0]), c[0]);
            assertTrue(e.getMessage().contains(c[1]), c[0] + " → " + e.getMessage());
        }
    }

    /**
     * Changed with the SDK: an extension attribute the platform does not know (say {@code traceparent}) is accepted, as
     * CloudEvents asks of consumers; the hand-written envelope, read by the strict mapper, refused it.
     */
    @Test
    void anUnknownExtensionAttributeIsAcceptedNow() {
        String good = codec.write(codec.envelope("/budget-service", "org.openbudget.budget.department.changed.v1", "434", Map.of("a", 1)));
        String traced = good.replace("\"subject\":\"434\"", "\"subject\":\"434\",\"traceparent\":\"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01\"");
        assertEquals("434", codec.read(traced).subject());
    }
}
