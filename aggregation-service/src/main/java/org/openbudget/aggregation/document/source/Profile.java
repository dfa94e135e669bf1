package org.openbudget.aggregation.document.source;

import java.util.List;

/**
 * The department as section 一, 八 and 九 print it, from budget-service's department events: name, units
 * (机构设置), 部门职责, 机构设置 text, 名词解释 and 其他需要说明的事项. Lists are never null.
 */
public record Profile(String code, String name, String regionCode, String regionName, List<Unit> units,
                      List<String> duties, String organization, List<GlossaryEntry> glossary, String otherMatters) {

    public Profile {
        units = units == null ? List.of() : units;
        duties = duties == null ? List.of() : duties;
        glossary = glossary == null ? List.of() : glossary;
    }

    /** A department known only from its budget: no profile texts. */
    public static Profile bare(String code, String name) {
        return new Profile(code, name, null, null, List.of(), List.of(), null, List.of(), null);
    }

    /** 单位名称, 单位性质, 单位规格, 经费保障形式. */
    public record Unit(String name, String nature, String grade, String fundingForm) {
    }

    public record GlossaryEntry(String term, String definition) {
    }
}
