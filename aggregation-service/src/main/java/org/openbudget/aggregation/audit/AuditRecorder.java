package org.openbudget.aggregation.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.openbudget.aggregation.intake.Received;
import org.openbudget.common.event.CloudEvent;

import java.util.UUID;

/**
 * Writes one {@code audit_entry} row per event, inside the intake's transaction (so the trail and the read models
 * never disagree). Idempotent: the event id is the key and a second insert does nothing — a rebuild's replay
 * leaves the table as it was.
 */
@ApplicationScoped
public class AuditRecorder {

    private static final String INSERT = """
            insert into audit_entry (event_id, department, year, part, aggregate_key, version, status, total, item_count,
                actor_subject, actor_client, event_type, event_time)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (event_id) do nothing""";

    private final EntityManager em;

    public AuditRecorder(EntityManager em) {
        this.em = em;
    }

    /** Records an event the intake applied or found stale (never a duplicate: it was recorded the first time). */
    public void record(Received received, UUID id) {
        AuditFacts facts = AuditFacts.of(received);
        CloudEvent event = received.envelope();
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, id);
                insert.setString(2, facts.department());
                insert.setObject(3, facts.year(), java.sql.Types.INTEGER);
                insert.setString(4, facts.part());
                insert.setString(5, facts.key());
                insert.setLong(6, facts.version());
                insert.setString(7, facts.status());
                insert.setBigDecimal(8, facts.total());
                insert.setObject(9, facts.count(), java.sql.Types.INTEGER);
                insert.setString(10, event.actor());
                insert.setString(11, event.actorclient());
                insert.setString(12, event.type());
                insert.setObject(13, event.time());
                insert.executeUpdate();
            }
        });
    }
}
