package org.openbudget.asset.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Validates event data against the shared JSON Schemas (disclosure-model {@code events/}, generated from this
 * service's payload record), with the format assertions the consumer's intake applies.
 */
public final class EventSchemas {

    private EventSchemas() {
    }

    public static Set<ValidationMessage> validate(String schemaName, JsonNode data) {
        return schema(schemaName).validate(data);
    }

    public static JsonSchema schema(String schemaName) {
        try (InputStream in = resource("events/" + schemaName + ".v1.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InputStream resource(String path) {
        InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return in;
    }
}
