package org.openbudget.aggregation.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Our reading of budget-service's {@code department.changed.v1} data (its JSON Schema: disclosure-model's
 * {@code events/}). A tolerant reader: fields added later are ignored. The profile
 * texts (部门职责 duties, 机构设置 organization, 名词解释 glossary, 其他需要说明的事项 otherMatters) feed the
 * disclosure document's sections 一, 八 and 九; older events lack them (read as empty).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DepartmentChanged(String code, String name, Region region, List<Unit> units, long version,
                                OffsetDateTime updatedAt, List<String> duties, String organization,
                                List<GlossaryEntry> glossary, String otherMatters) implements EventData {

    public DepartmentChanged {
        units = units == null ? List.of() : units;
        duties = duties == null ? List.of() : duties;
        glossary = glossary == null ? List.of() : glossary;
    }

    /** 名词解释 — one explained term of the disclosure (section 八). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GlossaryEntry(String term, String definition) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Region(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unit(String name, String nature, String grade, String fundingForm) {
    }
}
