package org.openbudget.common.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One event waiting in (or already relayed from) the outbox table. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    /** The whole CloudEvents envelope as it goes on the wire. */
    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error", columnDefinition = "text")
    public String lastError;

    /** Who made the change: the token's subject ({@code sub}); null when no signed-in request did (R__outbox_actor.sql). */
    @Column(name = "actor_subject")
    public String actorSubject;

    /** The client the token was issued to ({@code azp}). */
    @Column(name = "actor_client")
    public String actorClient;

    /** When the relay last failed to send this row (R__outbox_relay_status.sql). */
    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;
}
