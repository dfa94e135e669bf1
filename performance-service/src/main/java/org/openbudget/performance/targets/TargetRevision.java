package org.openbudget.performance.targets;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.openbudget.disclosure.workflow.WorkflowStatus;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One revision of a department-year's targets. A draft is edited in place; once published a revision
 * is never written again — a later change starts revision n+1 (调整 — adjusted) and this one stays as history.
 */
@Entity
@Table(name = "performance_revision")
public class TargetRevision extends PanacheEntityBase {

    @Id
    // ids come 50 at a time from the sequence (pooled), so a flush sends its inserts in JDBC batches (issue 16)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "performance_revision_id_seq")
    @SequenceGenerator(name = "performance_revision_id_seq", sequenceName = "performance_revision_id_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_set_id", nullable = false)
    public TargetSet targetSet;

    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkflowStatus status;

    /** 总体绩效目标; null while the set has only been started through its project tables. */
    @Column(name = "overall_goal")
    public String overallGoal;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "revision_id", nullable = false)
    @OrderBy("position")
    public List<SubGoal> subGoals = new ArrayList<>();

    /** 工作保障措施, one paragraph each. */
    @ElementCollection
    @CollectionTable(name = "performance_safeguard", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    public List<String> safeguards = new ArrayList<>();

    /** 专项资金: true = explicitly none, false = goals listed, null = not stated yet. */
    @Column(name = "special_funds_none")
    public Boolean specialFundsNone;

    @Column(name = "special_funds_statement")
    public String specialFundsStatement;

    @ElementCollection
    @CollectionTable(name = "performance_special_fund_goal", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    public List<SpecialFundGoal> specialFundGoals = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "revision_id", nullable = false)
    @OrderBy("position")
    public List<ProjectTarget> projects = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
