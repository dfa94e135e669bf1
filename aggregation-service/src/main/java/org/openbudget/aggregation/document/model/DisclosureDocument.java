package org.openbudget.aggregation.document.model;

import org.openbudget.disclosure.table.DisclosureTable;

import java.util.List;

/**
 * A department-year disclosure (部门预算信息公开) independent of its format: the nine tables, then the
 * introduction and sections 一 … 九 of 部门预算信息公开情况说明. Renderers only lay it out.
 *
 * @param scope published or current — which version of the data it shows
 */
public record DisclosureDocument(String department, String departmentName, int year, String scope,
                                 List<DisclosureTable> tables, String introduction, List<Section> sections) {

    public String tableHeaderLine() {
        return department + " " + departmentName;
    }

    /** The title of the explanatory part, e.g. "高邑县政府办 2022 年部门预算信息公开情况说明". */
    public String explanationTitle() {
        return departmentName + " " + year + " 年部门预算信息公开情况说明";
    }
}
