package org.openbudget.common.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * The attributes of a CloudEvents 1.0 event as the platform reads them — what every service publishes on its topic,
 * written and read in structured JSON mode by the CloudEvents SDK ({@link CloudEventCodec}). {@code subject} repeats
 * the Kafka record key ({@code 434} or {@code 434:2022}) so that a consumer reading a dead-lettered or replayed record
 * still knows which aggregate it belongs to. {@code dataschema} names the JSON Schema of {@code data}
 * ({@code urn:openbudget:events:…}, disclosure-model's {@code EventType.schemaId()}); events written before it existed
 * have none.
 *
 * <p>Two extension attributes carry the audit trail: {@code actor} is the subject ({@code sub}) of the token that
 * made the change, {@code actorclient} the client it was issued to ({@code azp}: the web front end, the loader, a
 * county system). Both are absent for changes no request made (and in events written before sign-in existed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        OffsetDateTime time,
        String subject,
        String datacontenttype,
        String dataschema,
        JsonNode data,
        String actor,
        String actorclient) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
    /** The extension attributes of the audit trail. */
    public static final String ACTOR = "actor";
    public static final String ACTOR_CLIENT = "actorclient";
}
