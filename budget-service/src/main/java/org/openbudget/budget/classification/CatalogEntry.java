package org.openbudget.budget.classification;

/**
 * A catalog code as the API shows it and as plain-Java checks use it.
 *
 * @param parent      the code one level up (its prefix), null for a 类
 * @param catalogYear the year of the catalog it comes from (the latest not after the year asked for)
 */
public record CatalogEntry(String code, String name, String level, String parent, boolean verified, int catalogYear) {
}
