package org.openbudget.aggregation.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** The latest state of one owner aggregate (a budget, a target set, an asset year) as its events carried it. */
@Entity
@Table(name = "aggregate_view")
@IdClass(AggregateView.Id.class)
public class AggregateView extends PanacheEntityBase {

    @jakarta.persistence.Id
    public String kind;

    @jakarta.persistence.Id
    @Column(name = "event_key")
    public String eventKey;

    @Column(nullable = false)
    public String department;

    @Column(nullable = false)
    public int year;

    public String status;

    /** Whether a published version exists — the only part anonymous readers may see (docs/DESIGN.md §9). */
    @Column(name = "has_published", nullable = false)
    public boolean hasPublished;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public JsonNode data;

    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "source_event_id", nullable = false)
    public UUID sourceEventId;

    @Column(name = "source_type", nullable = false)
    public String sourceType;

    @Column(name = "applied_at", nullable = false)
    public OffsetDateTime appliedAt;

    public static AggregateView find(String kind, String key) {
        return findById(new Id(kind, key));
    }

    public static class Id implements Serializable {
        public String kind;
        public String eventKey;

        public Id() {
        }

        public Id(String kind, String eventKey) {
            this.kind = kind;
            this.eventKey = eventKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && Objects.equals(kind, other.kind) && Objects.equals(eventKey, other.eventKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, eventKey);
        }
    }
}
