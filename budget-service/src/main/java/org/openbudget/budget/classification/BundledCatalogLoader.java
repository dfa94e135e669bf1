package org.openbudget.budget.classification;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * At start, loads the catalogs shipped in {@code resources/catalog/} as the catalog of
 * {@code openbudget.catalog.bundled-year} when the database has none for that year. A catalog replaced
 * through the admin endpoint is never overwritten.
 */
@ApplicationScoped
public class BundledCatalogLoader {

    private static final Logger LOG = Logger.getLogger(BundledCatalogLoader.class);

    private final ClassificationService service;
    private final int year;

    public BundledCatalogLoader(ClassificationService service,
                                @ConfigProperty(name = "openbudget.catalog.bundled-year", defaultValue = "2022") int year) {
        this.service = service;
        this.year = year;
    }

    void onStart(@Observes StartupEvent start) {
        load(Scheme.FUNCTIONAL, "catalog/functional_classification.csv");
        load(Scheme.ECONOMIC, "catalog/economic_classification.csv");
    }

    private void load(Scheme scheme, String resource) {
        int inserted = service.loadIfAbsent(scheme, year, CatalogCsv.parse(scheme, read(resource), false));
        if (inserted > 0) {
            LOG.infof("loaded the bundled %s classification as the %d catalog (%d codes)", scheme.path(), year, inserted);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled catalog " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
