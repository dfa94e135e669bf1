package org.openbudget.budget.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.openbudget.budget.SeedFixture;

import java.util.Set;

/** Validates event data against the JSON Schemas shipped in src/main/resources/events/. */
public final class EventSchemas {

    private EventSchemas() {
    }

    public static Set<ValidationMessage> validate(String name, JsonNode data) {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SeedFixture.resource("events/" + name + ".v1.schema.json"));
        return schema.validate(data);
    }
}
