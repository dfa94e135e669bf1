package org.openbudget.seeds.load;

import com.fasterxml.jackson.databind.JsonNode;
import org.openbudget.seeds.load.api.DepartmentBody;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends a {@link LoadPlan} to the services, in order, and reports each answer. PUTs are idempotent on the
 * services' side (identical content changes nothing), so loading the same document twice is safe. When
 * the department cannot be written, its budget and the rest are not sent.
 */
public final class RestLoader {

    /** How one request went. */
    public record Outcome(ApiCall call, int status, String detail) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpPort http;
    private final Map<String, String> env;
    private final PrintStream out;

    public RestLoader(HttpPort http, Map<String, String> env, PrintStream out) {
        this.http = http;
        this.env = env;
        this.out = out;
    }

    /**
     * The region of an existing department, so that a document can be loaded into it without --region;
     * empty when the department does not exist.
     */
    public Optional<DepartmentBody.Region> existingRegion(String department) throws IOException {
        String url = ApiCall.Service.BUDGET.baseUrl(env) + "/api/v1/departments/" + department;
        HttpPort.Answer a = http.send("GET", url, null);
        if (a.status() == 404) {
            return Optional.empty();
        }
        if (!a.ok()) {
            throw new IOException("GET " + url + " answered " + a.status() + ": " + a.body());
        }
        JsonNode region = Json.tree(a.body()).path("region");
        if (!region.hasNonNull("code")) {
            return Optional.empty();
        }
        return Optional.of(new DepartmentBody.Region(region.get("code").asText(), region.path("name").asText("null")));
    }

    public List<Outcome> load(LoadPlan plan) {
        List<Outcome> outcomes = new java.util.ArrayList<>();
        for (ApiCall call : plan.calls()) {
            String url = call.service().baseUrl(env) + call.path();
            Outcome o;
            try {
                HttpPort.Answer a = http.send(call.method(), url, Json.compact(call.body()));
                o = new Outcome(call, a.status(), a.ok() ? "" : problem(a.body()));
            } catch (IOException e) {
                o = new Outcome(call, 0, "cannot reach " + call.service().id() + " at " + call.service().baseUrl(env)
                        + " (" + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()) + "; set "
                        + call.service().variable() + " to its base URL)");
            }
            outcomes.add(o);
            out.println("  " + call.method() + " " + url + " → " + (o.status() == 0 ? "failed" : o.status())
                    + (o.ok() ? "" : ": " + o.detail()));
            if (!o.ok() && call.path().startsWith("/api/v1/departments/")) {
                out.println("  the department was not written: its budget, targets and assets are not sent");
                break;
            }
        }
        return outcomes;
    }

    /**
     * The status of the department-year's budget ({@code draft}, {@code submitted}, {@code approved},
     * {@code published}), empty when there is none yet.
     */
    public Optional<String> budgetStatus(String department, int year) throws IOException {
        String url = ApiCall.Service.BUDGET.baseUrl(env) + "/api/v1/budgets/" + department + "/" + year;
        HttpPort.Answer a = http.send("GET", url, null);
        if (a.status() == 404) {
            return Optional.empty();
        }
        if (!a.ok()) {
            throw new IOException("GET " + url + " answered " + a.status() + ": " + problem(a.body()));
        }
        JsonNode status = Json.tree(a.body()).path("status");
        return Optional.ofNullable(status.isNull() || status.isMissingNode() ? null : status.asText());
    }

    /**
     * Takes what the plan loaded through the workflow to publication, as the printed document was: submit
     * (报送), approve (批复) and publish (公开) the budget, the performance targets and the procurement plan.
     * The caller needs the editor and reviewer roles for the department (the loader's client has both). The budget's
     * approval and publication days are the document's ({@link PublicationDates}); stating a past publication day
     * takes the loader's role (editor and admin). The procurement plan is approved on the budget's approval day
     * (asset-service's {@code ?approvedOn=}); the targets and the plan are published now: their services take no
     * stated publication day.
     */
    public List<Outcome> publish(LoadPlan plan) {
        return publish(plan, PublicationDates.now());
    }

    public List<Outcome> publish(LoadPlan plan, PublicationDates dates) {
        String dept = plan.department();
        int year = plan.year();
        List<ApiCall> calls = new java.util.ArrayList<>();
        String budget = "/api/v1/budgets/" + dept + "/" + year;
        calls.add(new ApiCall(ApiCall.Service.BUDGET, "POST", budget + "/submit", null));
        calls.add(new ApiCall(ApiCall.Service.BUDGET, "POST", budget + "/approve",
                dates.approvedOn() == null ? null : java.util.Map.of("approvalDate", dates.approvedOn().toString())));
        calls.add(new ApiCall(ApiCall.Service.BUDGET, "POST", budget + "/publish",
                dates.publishedOn() == null ? null : java.util.Map.of("publishedOn", dates.publishedOn().toString())));
        java.util.function.BiConsumer<ApiCall.Service, String> workflow = (service, base) -> {
            for (String step : List.of("submit", "approve", "publish")) {
                calls.add(new ApiCall(service, "POST", base + "/" + step, null));
            }
        };
        for (ApiCall call : plan.calls()) {
            if (call.method().equals("PUT") && call.path().equals("/api/v1/performance/" + dept + "/" + year)) {
                workflow.accept(ApiCall.Service.PERFORMANCE, call.path());
            }
            if (call.method().equals("PUT") && call.path().equals("/api/v1/procurement/" + dept + "/" + year)) {
                // the plan's approve takes the day as a query parameter (asset-service's own convention)
                calls.add(new ApiCall(ApiCall.Service.ASSET, "POST", call.path() + "/submit", null));
                calls.add(new ApiCall(ApiCall.Service.ASSET, "POST", call.path() + "/approve"
                        + (dates.approvedOn() == null ? "" : "?approvedOn=" + dates.approvedOn()), null));
                calls.add(new ApiCall(ApiCall.Service.ASSET, "POST", call.path() + "/publish", null));
            }
        }
        return load(new LoadPlan(dept, year, calls, List.of()));
    }

    /** The title, detail and field errors of a problem+json answer; the raw body otherwise. */
    static String problem(String body) {
        try {
            JsonNode p = Json.tree(body);
            if (p.isObject()) {
                StringBuilder sb = new StringBuilder();
                if (p.hasNonNull("title")) {
                    sb.append(p.get("title").asText());
                }
                if (p.hasNonNull("detail")) {
                    sb.append(sb.isEmpty() ? "" : " — ").append(p.get("detail").asText());
                }
                for (JsonNode fe : p.path("errors")) {
                    if (fe.isObject()) {
                        sb.append("\n      ").append(text(fe, "field")).append(": ").append(text(fe, "message"));
                    }
                }
                return sb.isEmpty() ? body : sb.toString();
            }
        } catch (IllegalArgumentException notJson) {
            // not JSON: the raw body says more than nothing
        }
        return body == null || body.isBlank() ? "(no body)" : body.strip();
    }

    /** A member as the old reader printed it: "null" when absent. */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "null" : v.asText();
    }
}
