package org.openbudget.aggregation.department;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.openbudget.aggregation.event.DepartmentChanged;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Read model of a department, as of the budget-service version it records. */
@Entity
@Table(name = "department_view")
public class DepartmentView extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "region_name", nullable = false)
    public String regionName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<DepartmentChanged.Unit> units;

    /** 部门职责, one entry per numbered duty. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> duties = List.of();

    /** 机构设置 text besides the units. */
    public String organization;

    /** 名词解释. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<DepartmentChanged.GlossaryEntry> glossary = List.of();

    /** 其他需要说明的事项. */
    @Column(name = "other_matters")
    public String otherMatters;

    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "source_event_id", nullable = false)
    public UUID sourceEventId;

    @Column(name = "source_updated_at", nullable = false)
    public OffsetDateTime sourceUpdatedAt;

    @Column(name = "applied_at", nullable = false)
    public OffsetDateTime appliedAt;
}
