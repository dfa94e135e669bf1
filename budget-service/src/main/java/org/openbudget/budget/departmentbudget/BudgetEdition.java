package org.openbudget.budget.departmentbudget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.disclosure.workflow.WorkflowStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One adjustment of a department-year budget with all its figures in 元: adjustment 0 is the budget as
 * first approved (年初预算), each later one an adjusted version (调整预算). Once published it never changes.
 */
@Entity
@Table(name = "budget_edition")
public class BudgetEdition extends PanacheEntityBase {

    @Id
    // ids come 50 at a time from the sequence (pooled), so a flush sends its inserts in JDBC batches (issue 16)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_edition_id_seq")
    @SequenceGenerator(name = "budget_edition_id_seq", sequenceName = "budget_edition_id_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_budget_id")
    public DepartmentBudget budget;

    @Column(nullable = false)
    public int adjustment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkflowStatus status;

    @Convert(converter = AmountUnitConverter.class)
    @Column(name = "input_unit", nullable = false)
    public AmountUnit inputUnit;

    @Column(nullable = false)
    public long version;

    @Column(name = "approval_date")
    public LocalDate approvalDate;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Embedded
    public RevenueColumns revenue;

    @Embedded
    public CarryOverColumns carryOver;

    /** The functional 合计 row as printed; null when it is the sum of the 类 rows. */
    @Embedded
    public FunctionalRevenueColumns functionalTotalRevenue;

    @Embedded
    public FunctionalExpenditureColumns functionalTotalExpenditure;

    /** The table 6 合计 row as printed; null when it is the sum of the 类 rows. */
    @Embedded
    public EconomicColumns economicTotal;

    @ElementCollection
    @CollectionTable(name = "budget_functional_line", joinColumns = @JoinColumn(name = "edition_id"))
    @OrderColumn(name = "position")
    public List<FunctionalLineRow> functionalLines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "budget_economic_line", joinColumns = @JoinColumn(name = "edition_id"))
    @OrderColumn(name = "position")
    public List<EconomicLineRow> economicLines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "budget_three_public_line", joinColumns = @JoinColumn(name = "edition_id"))
    @OrderColumn(name = "position")
    public List<ThreePublicRow> threePublicLines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "budget_prior_year", joinColumns = @JoinColumn(name = "edition_id"))
    @OrderColumn(name = "position")
    public List<PriorYearRow> priorYear = new ArrayList<>();
}
