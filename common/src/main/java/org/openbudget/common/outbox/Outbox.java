package org.openbudget.common.outbox;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import org.openbudget.common.event.Actor;
import org.openbudget.common.event.CloudEvent;
import org.openbudget.common.event.CloudEventCodec;
import org.openbudget.common.security.Caller;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Appends an event to the outbox inside the caller's transaction. {@code MANDATORY} makes a forgotten
 * transaction a programming error at once instead of a silent dual write.
 *
 * <p>The outbox is also the owner's audit trail: each row keeps who made the change (token subject and client,
 * {@code actor_subject}/{@code actor_client}) and when, and the event carries the same in its {@code actor} and
 * {@code actorclient} attributes for the read side's audit view.
 */
@ApplicationScoped
public class Outbox {

    private final CloudEventCodec codec;
    private final Event<OutboxAppended> appended;
    private final Instance<Caller> caller;

    public Outbox(CloudEventCodec codec, Event<OutboxAppended> appended, Instance<Caller> caller) {
        this.codec = codec;
        this.appended = appended;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent append(String topic, String source, String type, String key, Object data) {
        Actor actor = actor();
        CloudEvent event = codec.envelope(source, type, key, data, actor);
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString(event.id());
        row.topic = topic;
        row.messageKey = key;
        row.eventType = type;
        row.payload = codec.write(event);
        row.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        row.actorSubject = actor.subject();
        row.actorClient = actor.client();
        row.persist();
        appended.fire(new OutboxAppended(topic, key));
        return event;
    }

    private Actor actor() {
        if (!Arc.container().requestContext().isActive()) {
            return Actor.NONE;
        }
        Caller c = caller.get();
        return c.anonymous() ? Actor.NONE : new Actor(c.subject(), c.clientId());
    }
}
