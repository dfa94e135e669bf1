package org.openbudget.seeds.load;

/**
 * One request of a load: which service, the method and path, and the JSON body (a record of
 * {@code org.openbudget.seeds.load.api}).
 */
public record ApiCall(Service service, String method, String path, Object body) {

    /** The owner services and the environment variable that overrides each base URL. */
    public enum Service {
        BUDGET("budget-service", "BUDGET_URL", "http://127.0.0.1:8081"),
        PERFORMANCE("performance-service", "PERFORMANCE_URL", "http://127.0.0.1:8082"),
        ASSET("asset-service", "ASSET_URL", "http://127.0.0.1:8083");

        private final String id;
        private final String variable;
        private final String fallback;

        Service(String id, String variable, String fallback) {
            this.id = id;
            this.variable = variable;
            this.fallback = fallback;
        }

        public String variable() {
            return variable;
        }

        /** The base URL from {@code env}, without a trailing slash. */
        public String baseUrl(java.util.Map<String, String> env) {
            String url = env.getOrDefault(variable, fallback);
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return id;
        }
    }

    @Override
    public String toString() {
        return method + " " + service.id() + " " + path;
    }
}
