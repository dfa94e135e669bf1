package org.openbudget.common.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEventData;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.disclosure.event.EventType;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Builds, writes and strictly reads CloudEvents envelopes with the CloudEvents SDK (cloudevents-core and its Jackson
 * format, structured mode). The SDK's Jackson module is registered on a copy of the service's own mapper, so
 * {@code data} is written and read exactly as before the SDK (amounts as exact decimals) and the wire format of the
 * events already in the topics stays readable.
 */
@ApplicationScoped
public class CloudEventCodec {

    private final ObjectMapper mapper;
    private final ObjectMapper format;

    public CloudEventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
        this.format = mapper.copy().registerModule(JsonFormat.getCloudEventJacksonModule());
    }

    public CloudEvent envelope(String source, String type, String subject, Object data) {
        return envelope(source, type, subject, data, Actor.NONE);
    }

    /**
     * An envelope whose {@code actor}/{@code actorclient} extension attributes say who made the change, and whose
     * {@code dataschema} names the type's JSON Schema when the type is one of disclosure-model's {@link EventType}s.
     */
    public CloudEvent envelope(String source, String type, String subject, Object data, Actor actor) {
        String schema = EventType.of(type).map(EventType::schemaId).orElse(null);
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type,
                OffsetDateTime.now(ZoneOffset.UTC), subject, "application/json", schema, mapper.valueToTree(data),
                actor.subject(), actor.client());
    }

    public String write(CloudEvent event) {
        try {
            return format.writeValueAsString(sdk(event));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("cannot serialise event " + event.id() + ": " + e.getMessage(), e);
        }
    }

    /** Reads an envelope and checks the attributes the contract requires; throws {@link EventContractException} otherwise. */
    public CloudEvent read(String json) {
        if (json == null || json.isBlank()) {
            throw new EventContractException("empty record value");
        }
        io.cloudevents.CloudEvent event;
        try {
            event = format.readValue(json, io.cloudevents.CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new EventContractException("value is not a CloudEvents JSON envelope: " + e.getOriginalMessage(), e);
        } catch (RuntimeException e) { // the SDK's own attribute checks (a source that is no URI, an unknown specversion)
            throw new EventContractException("value is not a CloudEvents JSON envelope: " + e.getMessage(), e);
        }
        if (event.getSpecVersion() != SpecVersion.V1) {
            throw new EventContractException("unsupported specversion " + event.getSpecVersion());
        }
        require(event.getId(), "id");
        require(event.getSource().toString(), "source");
        require(event.getType(), "type");
        require(event.getSubject(), "subject");
        CloudEventData data = event.getData();
        if (!(data instanceof JsonCloudEventData jsonData) || !jsonData.getNode().isObject()) {
            throw new EventContractException("data must be a JSON object");
        }
        return new CloudEvent(CloudEvent.SPEC_VERSION, event.getId(), event.getSource().toString(), event.getType(),
                event.getTime(), event.getSubject(), event.getDataContentType(),
                event.getDataSchema() == null ? null : event.getDataSchema().toString(), jsonData.getNode(),
                text(event, CloudEvent.ACTOR), text(event, CloudEvent.ACTOR_CLIENT));
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new EventContractException("data of " + event.type() + " does not match its schema: "
                    + (e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage()), e);
        }
    }

    public JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    private static io.cloudevents.CloudEvent sdk(CloudEvent event) {
        CloudEventBuilder b = CloudEventBuilder.v1().withId(event.id()).withSource(URI.create(event.source()))
                .withType(event.type()).withTime(event.time()).withSubject(event.subject())
                .withDataContentType(event.datacontenttype()).withData(JsonCloudEventData.wrap(event.data()));
        if (event.dataschema() != null) {
            b.withDataSchema(URI.create(event.dataschema()));
        }
        if (event.actor() != null) {
            b.withExtension(CloudEvent.ACTOR, event.actor());
        }
        if (event.actorclient() != null) {
            b.withExtension(CloudEvent.ACTOR_CLIENT, event.actorclient());
        }
        return b.build();
    }

    /** A string extension attribute, or null; any other JSON type breaks the contract. */
    private static String text(io.cloudevents.CloudEvent event, String name) {
        Object value = event.getExtension(name);
        if (value != null && !(value instanceof String)) {
            throw new EventContractException("CloudEvents attribute '" + name + "' must be a string");
        }
        return (String) value;
    }

    private static void require(String value, String attribute) {
        if (value == null || value.isBlank()) {
            throw new EventContractException("missing CloudEvents attribute '" + attribute + "'");
        }
    }
}
