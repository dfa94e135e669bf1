package org.openbudget.seeds.faults;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openbudget.seeds.bench.Endpoints;
import org.openbudget.seeds.bench.Http;

/**
 * A county's roll-ups as the live intake built them, against the same questions after the aggregation service
 * dropped its read models and replayed the topics from the beginning: any difference is an event the live path
 * applied differently (lost, doubled, or out of order).
 */
final class RebuildCheck {

    /** The questions compared: every cut the dashboard offers over the county, current scope. */
    private static final List<String> QUESTIONS = List.of("department", "functional.类", "functional.款", "functional.项",
            "economic.类", "economic.款", "fund", "type", "threePublic", "assets", "procurement");

    private RebuildCheck() {
    }

    static Map<String, String> snapshot(Endpoints at, Http http, int year, String region) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String drilldown : QUESTIONS) {
            String url = at.aggregation() + "/api/v1/rollups/" + year + "?region=" + region + "&scope=current&pageSize=500&drilldown="
                    + java.net.URLEncoder.encode(drilldown, java.nio.charset.StandardCharsets.UTF_8);
            HttpResponse<String> r = http.send(url);
            // a cut this version does not offer answers 400 both times; that is not a difference
            out.put(drilldown, r.statusCode() + " " + r.body());
        }
        return out;
    }

    /** Starts a rebuild and waits until it is done (or throws with its state). */
    static void rebuild(Endpoints at, Http http) throws Exception {
        HttpResponse<String> started = http.post(at.aggregation() + "/api/v1/admin/rebuild");
        if (started.statusCode() / 100 != 2) {
            throw new IllegalStateException("rebuild not started: " + started.statusCode() + " " + started.body());
        }
        long deadline = System.nanoTime() + 10L * 60 * 1_000_000_000L;
        String state = "";
        while (System.nanoTime() < deadline) {
            Thread.sleep(500);
            state = http.get(at.aggregation() + "/api/v1/admin/rebuild");
            if (state.contains("\"state\":\"done\"")) {
                return;
            }
            if (state.contains("\"state\":\"failed\"")) {
                break;
            }
        }
        throw new IllegalStateException("rebuild did not finish: " + state);
    }
}
