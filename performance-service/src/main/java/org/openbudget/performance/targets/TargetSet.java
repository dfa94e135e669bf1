package org.openbudget.performance.targets;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * The performance targets of one department-year: the row every change locks, carrying the change
 * counter that events use. Its content lives in {@link TargetRevision}s (1 = original, 2+ = adjusted).
 */
@Entity
@Table(name = "performance_target_set")
public class TargetSet extends PanacheEntityBase {

    @Id
    // ids come 50 at a time from the sequence (pooled), so a flush sends its inserts in JDBC batches (issue 16)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "performance_target_set_id_seq")
    @SequenceGenerator(name = "performance_target_set_id_seq", sequenceName = "performance_target_set_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "department_code", nullable = false)
    public String department;

    @Column(name = "fiscal_year", nullable = false)
    public int year;

    /** Increases by one with every committed change (content or status); carried by the event. */
    @Column(nullable = false)
    public long version;

    /** The revision being worked on or last published: the one GET and the event show. */
    @Column(name = "current_revision", nullable = false)
    public int currentRevision;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
