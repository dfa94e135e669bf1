package org.openbudget.disclosure.validation;

import org.openbudget.disclosure.classification.CatalogCode;
import org.openbudget.disclosure.classification.CodeChange;
import org.openbudget.disclosure.classification.CodeHistory;
import org.openbudget.disclosure.classification.YearCatalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A shipped {@link YearCatalog} as {@link CodeRule} asks for it. Retirements and additions are asked for the requested
 * year, as budget-service's catalog asks them, so that a stand-in catalog gives the same findings on both sides.
 */
public record YearCatalogCodes(YearCatalog catalog) implements CodeCatalog {

    @Override
    public Map<String, CodeName> names() {
        Map<String, CodeName> names = new LinkedHashMap<>();
        for (CatalogCode c : catalog.codes()) {
            names.putIfAbsent(c.code(), new CodeName(c.name(), c.verified()));
        }
        return names;
    }

    @Override
    public boolean isEmpty() {
        return catalog.codes().isEmpty();
    }

    @Override
    public int year() {
        return catalog.catalogYear();
    }

    @Override
    public int requestedYear() {
        return catalog.year();
    }

    @Override
    public Optional<CodeChange> retirement(String code) {
        return CodeHistory.retirement(catalog.scheme(), code, catalog.year());
    }

    @Override
    public Optional<CodeChange> addition(String code) {
        return CodeHistory.addition(catalog.scheme(), code, catalog.year());
    }
}
