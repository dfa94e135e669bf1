package org.openbudget.disclosure.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON Schemas of the five event types (docs/DESIGN.md §5), compiled once, and the check of an event's {@code data}
 * against its schema. Thread-safe: one shared instance serves every consumer thread.
 *
 * <p>At intake (aggregation-service), after the envelope is read and before the data is bound to a record:
 * <pre>{@code
 * List<Violation> breaches = EventSchemas.shared().validate(event.type(), event.data());
 * if (!breaches.isEmpty()) {
 *     throw new EventContractException("data of " + event.type() + " breaks its schema: " + breaches);
 * }
 * }</pre>
 * A breach is a list of {@link Violation}s, each a JSON path into the data and a message, e.g.
 * {@code $.budget.revenue.generalBudget: must have a minimum value of 0} or
 * {@code $.status: does not have a value in the enumeration ["draft", "submitted", "approved", "published"]} or
 * {@code $: required property 'status' not found}; an empty list means the data keeps the contract. The messages
 * are the validator's (English); the paths are JSON paths from the data's root.
 *
 * <p>A type with no schema here (not one of {@link EventType}) is not a breach of a schema but an event nobody
 * agreed on: {@link #validate} throws {@link IllegalArgumentException} for it. Ask {@link #knows} first where an
 * unknown type is possible.
 *
 * <p>{@code format} (date, date-time) is asserted, not only annotated: a consumer binds those strings to
 * {@code LocalDate}/{@code OffsetDateTime}, so a malformed one is a breach too.
 */
public final class EventSchemas {

    private static final class Holder {
        static final EventSchemas SHARED = load();
    }

    private final Map<EventType, JsonSchema> schemas;

    private EventSchemas(Map<EventType, JsonSchema> schemas) {
        this.schemas = schemas;
    }

    /** The schemas of all {@link EventType}s, read from the classpath and compiled on first use. */
    public static EventSchemas shared() {
        return Holder.SHARED;
    }

    /** True when {@code type} (a CloudEvents type attribute) has a schema here. */
    public boolean knows(String type) {
        return EventType.of(type).isPresent();
    }

    /**
     * Checks {@code data} against the schema of {@code type}.
     *
     * @param type the CloudEvents {@code type}, e.g. {@code org.openbudget.budget.department-budget.changed.v1}
     * @param data the event's {@code data}
     * @return the violations, ordered by path; empty when the data keeps the contract
     * @throws IllegalArgumentException when {@code type} has no schema
     */
    public List<Violation> validate(String type, JsonNode data) {
        EventType known = EventType.of(type).orElseThrow(() -> new IllegalArgumentException(
                "no schema for event type " + type + "; known: "
                        + schemas.keySet().stream().map(EventType::type).collect(Collectors.joining(", "))));
        return validate(known, data);
    }

    public List<Violation> validate(EventType type, JsonNode data) {
        Set<ValidationMessage> messages = schemas.get(type).validate(data);
        return messages.stream()
                .map(m -> new Violation(m.getInstanceLocation().toString(), withoutLocation(m)))
                .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
                .toList();
    }

    /** The validator's message repeats the path in front ("$.x: must …"); the violation keeps it apart. */
    private static String withoutLocation(ValidationMessage m) {
        String text = m.getMessage();
        String prefix = m.getInstanceLocation() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    private static EventSchemas load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH)
                // resolve every $ref now: validation later only reads the compiled schema, from any thread
                .preloadJsonSchema(true)
                .build();
        Map<EventType, JsonSchema> compiled = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            try (InputStream in = resource(type.schemaResource())) {
                JsonSchema schema = factory.getSchema(in, config);
                schema.initializeValidators();
                compiled.put(type, schema);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + type.schemaResource(), e);
            }
        }
        return new EventSchemas(compiled);
    }

    private static InputStream resource(String path) {
        InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path + " (disclosure-model ships the event schemas)");
        }
        return in;
    }
}
