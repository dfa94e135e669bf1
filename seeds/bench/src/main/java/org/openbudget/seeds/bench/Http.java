package org.openbudget.seeds.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

/** The benchmark's HTTP/1.1 client (java.net.http): PUT with a JSON body, GET, every call with a timeout. */
public final class Http {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final org.openbudget.seeds.auth.ClientToken token;

    /** Signed in as the client of {@code OPENBUDGET_ISSUER}/{@code OPENBUDGET_CLIENT_ID}/{@code OPENBUDGET_CLIENT_SECRET}, if set. */
    public Http() {
        this(org.openbudget.seeds.auth.ClientToken.fromEnv(System.getenv()).orElse(null));
    }

    public Http(org.openbudget.seeds.auth.ClientToken token) {
        this.token = token;
    }

    /** Whether requests carry a bearer token. */
    public boolean signedIn() {
        return token != null;
    }

    private HttpRequest.Builder request(String url) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
        if (token != null) {
            b.header("Authorization", token.header());
        }
        return b;
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();

    /** PUTs the body; returns the nanoTime of the acknowledgement (2xx) or throws with the answer. */
    public long put(String url, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(request(url)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        long acked = System.nanoTime();
        if (r.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + r.statusCode() + " " + url + ": " + r.body().substring(0, Math.min(300, r.body().length())));
        }
        return acked;
    }

    /** PUTs the body and returns the answer, whatever its status (a client that retries decides itself). */
    public HttpResponse<String> putAnswer(String url, String body) throws IOException, InterruptedException {
        return client.send(request(url)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs a JSON body and returns the answer, whatever its status (2 min: a bulk request of hundreds of items). */
    public HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
        return client.send(request(url).timeout(Duration.ofMinutes(2)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs an empty body and returns the answer. */
    public HttpResponse<String> post(String url) throws IOException, InterruptedException {
        return client.send(request(url)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GETs a 200 answer's body or throws. */
    public String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = send(url);
        if (r.statusCode() != 200) {
            throw new IOException("HTTP " + r.statusCode() + " " + url);
        }
        return r.body();
    }

    public HttpResponse<String> send(String url) throws IOException, InterruptedException {
        return client.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GETs without a token, as the public does. */
    public HttpResponse<String> sendAnonymous(String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String url) throws IOException, InterruptedException {
        return client.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
