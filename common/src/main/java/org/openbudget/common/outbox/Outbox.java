package org.openbudget.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.openbudget.common.event.CloudEvent;
import org.openbudget.common.event.CloudEventCodec;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Appends an event to the outbox inside the caller's transaction. {@code MANDATORY} makes a forgotten
 * transaction a programming error at once instead of a silent dual write.
 */
@ApplicationScoped
public class Outbox {

    private final CloudEventCodec codec;
    private final Event<OutboxAppended> appended;

    public Outbox(CloudEventCodec codec, Event<OutboxAppended> appended) {
        this.codec = codec;
        this.appended = appended;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent append(String topic, String source, String type, String key, Object data) {
        CloudEvent event = codec.envelope(source, type, key, data);
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString(event.id());
        row.topic = topic;
        row.messageKey = key;
        row.eventType = type;
        row.payload = codec.write(event);
        row.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        row.persist();
        appended.fire(new OutboxAppended(topic, key));
        return event;
    }
}
