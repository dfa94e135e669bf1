package org.openbudget.aggregation.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.event.EventBinder;
import org.openbudget.common.event.CloudEventCodec;
import org.openbudget.common.event.EventContractException;
import org.openbudget.common.json.StrictJson;
import org.openbudget.disclosure.event.EventType;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The envelope part of the intake's contract (issue 17): {@code dataschema}, which the producers write since the
 * CloudEvents SDK, must name the type's schema when present; events written before it (no {@code dataschema}) are
 * read as before. The data is the producer's example, valid against its schema.
 */
class EnvelopeContractTest {

    private final ObjectMapper mapper = mapper();
    private final EventContract contract = new EventContract(new CloudEventCodec(mapper), EventBinder.standalone());

    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new StrictJson().customize(m);
        return m;
    }

    @Test
    void anEventWithoutDataschemaIsReadAsBefore() throws Exception {
        ObjectNode example = example(EventType.DEPARTMENT_CHANGED);
        Received received = contract.read(record("434", example));
        assertEquals("org.openbudget.budget.department.changed.v1", received.envelope().type());
    }

    @Test
    void anEventNamingItsTypesSchemaIsRead() throws Exception {
        ObjectNode example = example(EventType.DEPARTMENT_CHANGED);
        example.put("dataschema", "urn:openbudget:events:budget:department-changed:v1");
        assertEquals("urn:openbudget:events:budget:department-changed:v1", contract.read(record("434", example)).envelope().dataschema());
    }

    @Test
    void anEventNamingAnotherSchemaBreaksTheContract() throws Exception {
        ObjectNode example = example(EventType.DEPARTMENT_CHANGED);
        example.put("dataschema", "urn:openbudget:events:budget:department-budget-changed:v1");
        EventContractException e = assertThrows(EventContractException.class, () -> contract.read(record("434", example)));
        assertTrue(e.getMessage().contains("is not the schema of org.openbudget.budget.department.changed.v1"), e.getMessage());
    }

    private ObjectNode example(EventType type) throws Exception {
        try (InputStream in = EventType.class.getClassLoader().getResourceAsStream(type.exampleResource())) {
            return (ObjectNode) mapper.readTree(in);
        }
    }

    private ConsumerRecord<String, String> record(String key, ObjectNode value) throws Exception {
        return new ConsumerRecord<>("budget.events", 0, 0L, key, mapper.writeValueAsString(value));
    }
}
