package org.openbudget.seeds.load.api;

import java.util.List;

/** Body of budget-service {@code PUT /api/v1/departments/{code}} (its DepartmentPayload). */
public record DepartmentBody(String name, Region region, List<Unit> units, List<String> duties, String organization,
                             List<GlossaryEntry> glossary, String otherMatters) {

    public record Region(String code, String name) {
    }

    /** 单位: 单位名称, 单位性质 (行政/事业/企业/其他), 单位规格, 经费保障形式. */
    public record Unit(String name, String nature, String grade, String fundingForm) {
    }

    /** 名词解释. */
    public record GlossaryEntry(String term, String definition) {
    }
}
