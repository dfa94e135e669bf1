package org.openbudget.seeds.parse.model;

/** A row of 部门机构设置情况: 单位名称, 单位性质 (行政/事业…), 单位规格, 经费保障形式. */
public record OrgUnitRow(int line, String name, String nature, String grade, String fundingForm) {
}
