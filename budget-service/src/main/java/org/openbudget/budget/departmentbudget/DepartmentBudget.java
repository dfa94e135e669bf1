package org.openbudget.budget.departmentbudget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.openbudget.disclosure.workflow.WorkflowStatus;

import java.time.OffsetDateTime;

/**
 * 部门预算 of one department and year: the aggregate root that is locked for every change, whose version
 * the event carries, and which points at its current adjustment ({@link BudgetEdition}).
 */
@Entity
@Table(name = "department_budget")
public class DepartmentBudget extends PanacheEntityBase {

    @Id
    // ids come 50 at a time from the sequence (pooled), so a flush sends its inserts in JDBC batches (issue 16)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_budget_id_seq")
    @SequenceGenerator(name = "department_budget_id_seq", sequenceName = "department_budget_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "department_code", nullable = false)
    public String departmentCode;

    @Column(name = "fiscal_year", nullable = false)
    public int year;

    /** Increases by one with every committed change of any adjustment. */
    @Column(nullable = false)
    public long version;

    @Column(name = "current_adjustment", nullable = false)
    public int currentAdjustment;

    /** The current adjustment's status, kept here so that listings filter without a join. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkflowStatus status;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
