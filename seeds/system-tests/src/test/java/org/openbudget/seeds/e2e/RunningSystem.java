package org.openbudget.seeds.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The four packaged services on 18081–18084, started once for every test class that extends with this (the
 * end-to-end tests and the dashboard's browser tests) and stopped when the whole run ends: starting four JVMs
 * costs about a minute of CI on two cores, so they share one system.
 */
final class RunningSystem implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningSystem.class);

    /** The started services, closed by JUnit at the end of the run (the root store closes what it holds). */
    static final class Services implements AutoCloseable {
        final List<ServiceProcess> all = new ArrayList<>();
        ServiceProcess budget;
        ServiceProcess performance;
        ServiceProcess asset;
        ServiceProcess aggregation;

        private ServiceProcess start(String name, int port, String db, Map<String, String> env) throws Exception {
            Map<String, String> withTimeout = new java.util.HashMap<>(env);
            // four JVMs starting at once on a busy machine: the first connection may wait longer than the pool's 5 s
            withTimeout.put("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "30S");
            ServiceProcess service = ServiceProcess.start(name, port, db, withTimeout);
            all.add(service);
            return service;
        }

        @Override
        public void close() throws Exception {
            for (ServiceProcess service : all) {
                service.close();
            }
        }
    }

    private static Services services;

    @Override
    public void beforeAll(ExtensionContext context) {
        services = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Services.class, k -> {
            Services s = new Services();
            try {
                s.budget = s.start("budget-service", 18081, "budget_e2e", Map.of());
                s.performance = s.start("performance-service", 18082, "performance_e2e", Map.of());
                s.asset = s.start("asset-service", 18083, "asset_e2e", Map.of());
                s.aggregation = s.start("aggregation-service", 18084, "aggregation_e2e",
                        Map.of("OPENBUDGET_CONSUMER_GROUP", "e2e-" + UUID.randomUUID()));
                for (ServiceProcess service : s.all) {
                    // two minutes on a free machine; a loaded developer machine (other JVMs, builds) can take longer
                    service.awaitReady(Duration.ofSeconds(240));
                }
                return s;
            } catch (Exception e) {
                try {
                    s.close();
                } catch (Exception closing) {
                    e.addSuppressed(closing);
                }
                throw new IllegalStateException("the system did not start", e);
            }
        }, Services.class);
    }

    static Services services() {
        return services;
    }

    /** The owner services' base URLs as the loader takes them. */
    static Map<String, String> loaderEnvironment() {
        return Map.of("BUDGET_URL", services.budget.url(""), "PERFORMANCE_URL", services.performance.url(""),
                "ASSET_URL", services.asset.url(""));
    }
}
