package org.openbudget.common.security.regions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * Reads a department's region from one record of {@code budget.events}. Nearly every record there is a budget
 * event of ~25 KB whose only question here is "is it a department event?": the envelope is streamed only until its
 * top-level {@code type} is known (the CloudEvents writer puts it before {@code data}), so the rest of such a record
 * — its {@code data} in particular — is neither tokenised nor built into a tree. A department event (a few hundred
 * bytes, one per department change) is then read in full.
 */
final class DepartmentEventReader {

    static final String DEPARTMENT_CHANGED = "org.openbudget.budget.department.changed.v1";

    private final ObjectMapper mapper;
    private final JsonFactory factory;

    DepartmentEventReader(ObjectMapper mapper) {
        this.mapper = mapper;
        this.factory = mapper.getFactory();
    }

    /**
     * The department row of a department event, or null when the record is of another type (or no JSON object).
     *
     * @throws IOException when the record cannot be read as far as its type (or, for a department event, at all)
     * @throws IncompleteDepartmentEvent when a department event lacks the department's or the region's code
     */
    Row read(byte[] value) throws IOException, IncompleteDepartmentEvent {
        if (value == null) {
            throw new IOException("no record value");
        }
        if (!isDepartmentEvent(value)) {
            return null;
        }
        JsonNode event = mapper.readTree(value);
        JsonNode data = event.path("data");
        String department = data.path("code").asText(null);
        String region = data.path("region").path("code").asText(null);
        if (department == null || region == null) {
            throw new IncompleteDepartmentEvent(event.path("id").asText());
        }
        return new Row(department, region, data.path("version").asLong(0));
    }

    private boolean isDepartmentEvent(byte[] value) throws IOException {
        try (JsonParser parser = factory.createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if ("type".equals(name)) {
                    return token == JsonToken.VALUE_STRING && DEPARTMENT_CHANGED.equals(parser.getText());
                }
                parser.skipChildren(); // an attribute before the type (data, should a writer put it first)
            }
            return false;
        }
    }

    record Row(String department, String region, long version) {
    }

    /** A department event the directory cannot use: it names no department or no region. */
    static final class IncompleteDepartmentEvent extends Exception {
        final String eventId;

        IncompleteDepartmentEvent(String eventId) {
            super("department event " + eventId + " without code or region code", null, false, false);
            this.eventId = eventId;
        }
    }
}
