package org.openbudget.seeds.load;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbudget.seeds.load.api.DepartmentBody;
import org.openbudget.seeds.load.api.PlanBody;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTTP side of the loader against a real HTTP server on a free local port (the JDK's), which records
 * what it receives and answers as the services do: the base URLs come from the environment, bodies are
 * UTF-8 JSON, a problem+json answer is reported with its field errors, and a refused department stops
 * the rest of its document.
 */
class RestLoaderTest {

    record Received(String method, String path, String contentType, String body) {
    }

    private HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Map<String, Integer> statusByPath = new ConcurrentHashMap<>();
    private final Map<String, String> answerByPath = new ConcurrentHashMap<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            synchronized (received) {
                received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestHeaders().getFirst("Content-Type"), body));
            }
            byte[] answer = answerByPath.getOrDefault(path, "{}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(statusByPath.getOrDefault(path, 200), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private RestLoader loader() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        // performance-service elsewhere on purpose: each service has its own base URL
        return new RestLoader(HttpPort.jdk(), Map.of("BUDGET_URL", base + "/", "ASSET_URL", base,
                "PERFORMANCE_URL", base + "/perf"), new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private static LoadPlan plan() {
        DepartmentBody dept = new DepartmentBody("某某局", new DepartmentBody.Region("130127", "高邑县"), List.of(), List.of(), null,
                List.of(), null);
        return new LoadPlan("901", 2023, List.of(
                new ApiCall(ApiCall.Service.BUDGET, "PUT", "/api/v1/departments/901", dept),
                new ApiCall(ApiCall.Service.PERFORMANCE, "PUT", "/api/v1/performance/901/2023", Map.of("overallGoal", "目标")),
                new ApiCall(ApiCall.Service.ASSET, "PUT", "/api/v1/procurement/901/2023", new PlanBody("万元", List.of()))), List.of());
    }

    @Test
    void everyRequestGoesToItsServiceAsUtf8Json() {
        List<RestLoader.Outcome> outcomes = loader().load(plan());
        assertTrue(outcomes.stream().allMatch(RestLoader.Outcome::ok));
        assertEquals(List.of("/api/v1/departments/901", "/perf/api/v1/performance/901/2023", "/api/v1/procurement/901/2023"),
                received.stream().map(Received::path).toList());
        assertTrue(received.stream().allMatch(r -> r.method().equals("PUT") && r.contentType().startsWith("application/json")));
        assertEquals(Json.compact(plan().calls().get(0).body()), received.get(0).body());
        assertEquals("{\"unit\":\"万元\",\"items\":[]}", received.get(2).body());
    }

    @Test
    void aProblemIsReportedWithItsFieldsAndTheNextRequestsStillGo() {
        statusByPath.put("/perf/api/v1/performance/901/2023", 400);
        answerByPath.put("/perf/api/v1/performance/901/2023",
                "{\"title\":\"Invalid input\",\"status\":400,\"errors\":[{\"field\":\"specialFunds\",\"message\":\"must be given\"}]}");
        List<RestLoader.Outcome> outcomes = loader().load(plan());
        assertEquals(List.of(200, 400, 200), outcomes.stream().map(RestLoader.Outcome::status).toList());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("→ 400: Invalid input") && printed.contains("specialFunds: must be given"), printed);
    }

    @Test
    void aRefusedDepartmentStopsItsDocument() {
        statusByPath.put("/api/v1/departments/901", 409);
        List<RestLoader.Outcome> outcomes = loader().load(plan());
        assertEquals(1, outcomes.size());
        assertFalse(outcomes.get(0).ok());
        assertEquals(1, received.size());
    }

    @Test
    void theRegionOfAnExistingDepartment() throws IOException {
        answerByPath.put("/api/v1/departments/434", "{\"code\":\"434\",\"name\":\"高邑县政府办\",\"region\":{\"code\":\"130127\",\"name\":\"高邑县\"},\"units\":[]}");
        assertEquals(new DepartmentBody.Region("130127", "高邑县"), loader().existingRegion("434").orElseThrow());
        statusByPath.put("/api/v1/departments/999", 404);
        assertTrue(loader().existingRegion("999").isEmpty());
    }

    @Test
    void anUnreachableServiceIsNamedWithItsVariable() {
        RestLoader loader = new RestLoader(HttpPort.jdk(), Map.of("BUDGET_URL", "http://127.0.0.1:9"),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        List<RestLoader.Outcome> outcomes = loader.load(plan());
        assertEquals(0, outcomes.get(0).status());
        assertTrue(outcomes.get(0).detail().contains("BUDGET_URL"), outcomes.get(0).detail());
    }
}
