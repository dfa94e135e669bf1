package org.openbudget.seeds.bench;

/** Where the four services listen (environment overrides for another host or port). */
public record Endpoints(String budget, String performance, String asset, String aggregation, String kafka) {

    public static Endpoints fromEnvironment() {
        var env = System.getenv();
        return new Endpoints(env.getOrDefault("BUDGET_URL", "http://127.0.0.1:8081"),
                env.getOrDefault("PERFORMANCE_URL", "http://127.0.0.1:8082"),
                env.getOrDefault("ASSET_URL", "http://127.0.0.1:8083"),
                env.getOrDefault("AGGREGATION_URL", "http://127.0.0.1:8084"),
                env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"));
    }
}
