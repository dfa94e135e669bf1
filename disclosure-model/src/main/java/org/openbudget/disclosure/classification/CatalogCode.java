package org.openbudget.disclosure.classification;

/**
 * One code of a shipped year catalog.
 *
 * @param level    类, 款 or 项
 * @param verified whether this code–name pair is printed in a real document (catalogs/README.md)
 */
public record CatalogCode(String code, String name, String level, boolean verified) {
}
