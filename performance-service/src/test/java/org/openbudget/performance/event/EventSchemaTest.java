package org.openbudget.performance.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The example event follows the shared schema (disclosure-model {@code events/}, generated from this service's
 * payload record), and the schema does reject what it must.
 */
class EventSchemaTest {

    static final String SCHEMA = "/events/performance-targets-changed.v1.schema.json";
    static final String EXAMPLE = "/events/performance-targets-changed.v1.example.json";

    private final ObjectMapper json = new ObjectMapper();

    static JsonSchema schema() throws IOException {
        try (InputStream in = EventSchemaTest.class.getResourceAsStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }

    @Test
    void exampleIsValid() throws IOException {
        JsonNode event = read(EXAMPLE);
        assertEquals(PerformanceEvents.TARGETS_CHANGED, event.get("type").asText());
        assertEquals("434:2022", event.get("subject").asText());
        assertEquals(Set.of(), schema().validate(event.get("data")));
    }

    @Test
    void schemaRejectsBrokenPayloads() throws IOException {
        ObjectNode data = (ObjectNode) read(EXAMPLE).get("data");
        data.put("status", "archived");
        Set<ValidationMessage> errors = schema().validate(data);
        assertFalse(errors.isEmpty());

        ObjectNode data2 = (ObjectNode) read(EXAMPLE).get("data");
        ((ObjectNode) data2.get("projects").get(0).get("indicators").get(0)).remove("parsed");
        assertFalse(schema().validate(data2).isEmpty());
    }

    private JsonNode read(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return json.readTree(in);
        }
    }
}
