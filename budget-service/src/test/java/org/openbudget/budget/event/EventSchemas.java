package org.openbudget.budget.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.openbudget.budget.SeedFixture;

import java.util.Set;

/**
 * Validates event data against the shared JSON Schemas (disclosure-model {@code events/}, generated from this
 * service's payload records), with the format assertions the consumer's intake applies.
 */
public final class EventSchemas {

    private EventSchemas() {
    }

    public static Set<ValidationMessage> validate(String name, JsonNode data) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SeedFixture.resource("events/" + name + ".v1.schema.json"),
                        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build())
                .validate(data);
    }
}
