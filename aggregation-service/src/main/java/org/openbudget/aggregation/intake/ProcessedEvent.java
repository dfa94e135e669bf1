package org.openbudget.aggregation.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The processed marker: written in the same transaction as the read model it changed. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String topic;

    @Column(name = "kafka_partition", nullable = false)
    public int partition;

    @Column(name = "kafka_offset", nullable = false)
    public long offset;

    /** {@link Outcome#name()}: whether the event changed the read model or was older than what it holds. */
    @Column(nullable = false)
    public String outcome;

    @Column(name = "processed_at", nullable = false)
    public OffsetDateTime processedAt;
}
