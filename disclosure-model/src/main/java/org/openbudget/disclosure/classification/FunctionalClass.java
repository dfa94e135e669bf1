package org.openbudget.disclosure.classification;

/**
 * A 类 (top level, 3 digits) of 支出功能分类, the functional classification: a row of tables 1 and 4.
 *
 * @param code e.g. 201
 * @param name e.g. 一般公共服务支出
 */
public record FunctionalClass(String code, String name) {
}
