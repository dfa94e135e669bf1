package org.openbudget.budget.department;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

import java.util.List;

@Mapper
public interface DepartmentMapper {

    @Mapping(target = "region.code", source = "regionCode")
    @Mapping(target = "region.name", source = "regionName")
    DepartmentDto toDto(Department department);

    @Mapping(target = "region.code", source = "regionCode")
    @Mapping(target = "region.name", source = "regionName")
    DepartmentPayload toPayload(Department department);

    @Mapping(target = "code", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "regionCode", source = "region.code")
    @Mapping(target = "regionName", source = "region.name")
    void update(DepartmentPayload payload, @MappingTarget Department department);

    DepartmentPayload.Unit toPayload(OrgUnit unit);

    OrgUnit toEntity(DepartmentPayload.Unit unit);

    List<OrgUnit> toEntities(List<DepartmentPayload.Unit> units);

    DepartmentPayload.GlossaryEntry toPayload(GlossaryTerm term);

    GlossaryTerm toEntity(DepartmentPayload.GlossaryEntry entry);
}
