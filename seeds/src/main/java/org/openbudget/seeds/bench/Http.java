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

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();

    /** PUTs the body; returns the nanoTime of the acknowledgement (2xx) or throws with the answer. */
    public long put(String url, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
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
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs an empty body and returns the answer. */
    public HttpResponse<String> post(String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
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
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
