package org.openbudget.seeds.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** The few HTTP calls the end-to-end tests make, with JSON answers. */
final class Http {

    /** Amounts read exactly, scale included: 25.50 is not 25.5. */
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    record Answer(int status, String contentType, JsonNode body) {
    }

    /** Who the plain calls sign in as: the loader's client (editor, reviewer, admin everywhere). */
    private static final org.openbudget.seeds.auth.ClientToken DEFAULT = Repo.loader();

    private Http() {
    }

    static Answer put(String url, String json) throws Exception {
        return putAs(DEFAULT, url, json);
    }

    static Answer get(String url) throws Exception {
        return getAs(DEFAULT, url);
    }

    /** As {@code caller}; null: anonymously. */
    static Answer putAs(org.openbudget.seeds.auth.ClientToken caller, String url, String json) throws Exception {
        return send(signed(caller, HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))));
    }

    static Answer getAs(org.openbudget.seeds.auth.ClientToken caller, String url) throws Exception {
        return send(signed(caller, HttpRequest.newBuilder(URI.create(url)).GET()));
    }

    static Answer postAs(org.openbudget.seeds.auth.ClientToken caller, String url) throws Exception {
        return send(signed(caller, HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody())));
    }

    private static HttpRequest.Builder signed(org.openbudget.seeds.auth.ClientToken caller, HttpRequest.Builder request)
            throws java.io.IOException {
        return caller == null ? request : request.header("Authorization", caller.header());
    }

    /** Polls {@code url} until its JSON answer satisfies {@code done}; fails with the last answer. */
    static JsonNode await(String url, Predicate<Answer> done, Duration timeout) throws Exception {
        return awaitAs(DEFAULT, url, done, timeout);
    }

    static JsonNode awaitAs(org.openbudget.seeds.auth.ClientToken caller, String url, Predicate<Answer> done,
                            Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Answer last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = getAs(caller, url);
                if (done.test(last)) {
                    return last.body();
                }
            } catch (java.io.IOException e) {
                last = new Answer(-1, null, null);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("GET " + url + " did not reach the expected state within " + timeout
                + "; last answer: " + (last == null ? "none" : last.status() + " " + last.body()));
    }

    private static Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        String type = response.headers().firstValue("Content-Type").orElse(null);
        // documents answer HTML, PDF or XLSX: only a JSON answer has a JSON body
        JsonNode json = body == null || body.isBlank() || type == null || !type.contains("json") ? null : JSON.readTree(body);
        return new Answer(response.statusCode(), type, json);
    }
}
