package org.openbudget.seeds.bench;

import org.openbudget.disclosure.classification.CatalogCode;
import org.openbudget.disclosure.classification.CatalogScheme;
import org.openbudget.disclosure.classification.YearCatalogs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classification catalogs disclosure-model ships per budget year ({@code YearCatalogs}: code, name, level,
 * verified), read so that generated budgets only use codes and names the budget service knows for that year.
 */
public record Catalog(Map<String, String> functionalNames, List<String> functionalItems,
                      Map<String, String> economicNames, List<String> personnelItems, List<String> publicUseItems,
                      List<String> householdItems) {

    /** The catalogs of {@code year} (the nearest shipped year outside 2022–2026). */
    public static Catalog shipped(int year) {
        Map<String, String> functional = names(CatalogScheme.FUNCTIONAL, year);
        Map<String, String> economic = names(CatalogScheme.ECONOMIC, year);
        List<String> items = new ArrayList<>();
        // a 项 (7 digits) is usable only when its 款 and 类 are in the catalog too: the budget nests them
        for (String code : functional.keySet()) {
            if (code.length() == 7 && functional.containsKey(code.substring(0, 5)) && functional.containsKey(code.substring(0, 3))) {
                items.add(code);
            }
        }
        return new Catalog(functional, items, economic, children(economic, "301"), children(economic, "302"),
                children(economic, "303"));
    }

    private static List<String> children(Map<String, String> economic, String parent) {
        return economic.keySet().stream().filter(c -> c.length() == 5 && c.startsWith(parent)).toList();
    }

    private static Map<String, String> names(CatalogScheme scheme, int year) {
        Map<String, String> out = new LinkedHashMap<>();
        for (CatalogCode c : YearCatalogs.catalog(scheme, year).codes()) {
            out.put(c.code(), c.name());
        }
        return out;
    }
}
