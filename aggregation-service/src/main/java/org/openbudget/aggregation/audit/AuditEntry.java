package org.openbudget.aggregation.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the audit trail (written by {@link AuditRecorder}, read here). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    public String department;

    public Integer year;

    public String part;

    @Column(name = "aggregate_key")
    public String aggregateKey;

    public long version;

    public String status;

    public BigDecimal total;

    @Column(name = "item_count")
    public Integer itemCount;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_client")
    public String actorClient;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "event_time")
    public OffsetDateTime eventTime;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
