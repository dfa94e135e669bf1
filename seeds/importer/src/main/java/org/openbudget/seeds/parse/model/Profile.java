package org.openbudget.seeds.parse.model;

import java.util.List;

/**
 * The department's profile texts as printed: 部门职责 (duties, without their "(一)" numbering),
 * 机构设置 (the units table and any other text), 名词解释 (glossary), 其他需要说明的事项.
 */
public record Profile(List<String> duties, List<OrgUnitRow> units, String organization,
                      List<GlossaryItem> glossary, String otherMatters) {

    public Profile {
        duties = duties == null ? List.of() : List.copyOf(duties);
        units = units == null ? List.of() : List.copyOf(units);
        glossary = glossary == null ? List.of() : List.copyOf(glossary);
    }
}
