package org.openbudget.budget.department;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.openbudget.budget.event.BudgetEvents;
import org.openbudget.common.versioned.VersionTag;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Stores departments; every real change bumps the version and appends its event in the same transaction. */
@ApplicationScoped
public class DepartmentService {

    /** The outcome of a PUT: the stored department and whether it was new, changed or identical. */
    public record Saved(DepartmentDto department, boolean created, boolean changed) {
    }

    private final DepartmentMapper mapper;
    private final BudgetEvents events;

    public DepartmentService(DepartmentMapper mapper, BudgetEvents events) {
        this.mapper = mapper;
        this.events = events;
    }

    /**
     * Creates or replaces a department. An identical PUT changes nothing and emits nothing, so clients
     * may retry freely. {@code expectedVersion} (from {@code If-Match}) guards against lost updates.
     */
    @Transactional
    public Saved put(String code, DepartmentPayload payload, Long expectedVersion) {
        Department department = Department.findById(code, LockModeType.PESSIMISTIC_WRITE);
        boolean created = department == null;
        VersionTag.check(expectedVersion, created ? 0 : department.version, "department " + code);
        if (created) {
            department = new Department();
            department.code = code;
        } else if (mapper.toPayload(department).equals(payload)) {
            return new Saved(mapper.toDto(department), false, false);
        }
        mapper.update(payload, department);
        department.version++;
        department.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        department.persistAndFlush();
        DepartmentDto dto = mapper.toDto(department);
        events.departmentChanged(code, dto);
        return new Saved(dto, created, true);
    }

    @Transactional
    public Optional<DepartmentDto> get(String code) {
        return Department.<Department>findByIdOptional(code).map(mapper::toDto);
    }

    @Transactional
    public List<DepartmentDto> list(String regionCode, int page, int pageSize) {
        var query = regionCode == null
                ? Department.<Department>findAll(Sort.by("code"))
                : Department.<Department>find("regionCode", Sort.by("code"), regionCode);
        return query.page(Page.of(page, pageSize)).list().stream().map(mapper::toDto).toList();
    }

    @Transactional
    public long count(String regionCode) {
        return regionCode == null ? Department.count() : Department.count("regionCode", regionCode);
    }
}
