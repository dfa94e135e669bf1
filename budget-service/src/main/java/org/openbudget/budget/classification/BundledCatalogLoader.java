package org.openbudget.budget.classification;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.openbudget.disclosure.classification.YearCatalogs;

import java.util.List;

/**
 * At start, loads the catalogs disclosure-model ships per budget year ({@link YearCatalogs}: 2022–2026, provenance in
 * its {@code catalogs/README.md}) for every year the database has none of. A catalog replaced through the admin
 * endpoint is never overwritten.
 */
@ApplicationScoped
public class BundledCatalogLoader {

    private static final Logger LOG = Logger.getLogger(BundledCatalogLoader.class);

    private final ClassificationService service;

    public BundledCatalogLoader(ClassificationService service) {
        this.service = service;
    }

    void onStart(@Observes StartupEvent start) {
        for (Scheme scheme : Scheme.values()) {
            for (int year : YearCatalogs.years()) {
                load(scheme, year);
            }
        }
    }

    private void load(Scheme scheme, int year) {
        List<CatalogCsv.Row> rows = YearCatalogs.codes(scheme.shipped(), year).stream()
                .map(c -> new CatalogCsv.Row(c.code(), c.name(), c.level(), c.verified())).toList();
        int inserted = service.loadIfAbsent(scheme, year, rows);
        if (inserted > 0) {
            LOG.infof("loaded the shipped %s classification of %d (%d codes)", scheme.path(), year, inserted);
        }
    }
}
