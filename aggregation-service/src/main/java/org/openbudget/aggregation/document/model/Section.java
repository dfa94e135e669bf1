package org.openbudget.aggregation.document.model;

import java.util.List;

/** An explanatory section, e.g. "二、部门预算安排的总体情况", with its blocks. */
public record Section(String title, List<Block> blocks) {
}
