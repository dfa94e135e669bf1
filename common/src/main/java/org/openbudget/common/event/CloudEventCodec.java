package org.openbudget.common.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Builds, writes and strictly reads CloudEvents envelopes. */
@ApplicationScoped
public class CloudEventCodec {

    private final ObjectMapper mapper;

    public CloudEventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public CloudEvent envelope(String source, String type, String subject, Object data) {
        return envelope(source, type, subject, data, Actor.NONE);
    }

    /** An envelope whose {@code actor}/{@code actorclient} extension attributes say who made the change. */
    public CloudEvent envelope(String source, String type, String subject, Object data, Actor actor) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type,
                OffsetDateTime.now(ZoneOffset.UTC), subject, "application/json", mapper.valueToTree(data),
                actor.subject(), actor.client());
    }

    public String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + event.id(), e);
        }
    }

    /** Reads an envelope and checks the attributes the contract requires; throws {@link EventContractException} otherwise. */
    public CloudEvent read(String json) {
        if (json == null || json.isBlank()) {
            throw new EventContractException("empty record value");
        }
        CloudEvent event;
        try {
            event = mapper.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new EventContractException("value is not a CloudEvents JSON envelope: " + e.getOriginalMessage(), e);
        }
        require(event.specversion(), "specversion");
        if (!CloudEvent.SPEC_VERSION.equals(event.specversion())) {
            throw new EventContractException("unsupported specversion " + event.specversion());
        }
        require(event.id(), "id");
        require(event.source(), "source");
        require(event.type(), "type");
        require(event.subject(), "subject");
        if (event.data() == null || !event.data().isObject()) {
            throw new EventContractException("data must be a JSON object");
        }
        return event;
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

    private static void require(String value, String attribute) {
        if (value == null || value.isBlank()) {
            throw new EventContractException("missing CloudEvents attribute '" + attribute + "'");
        }
    }
}
