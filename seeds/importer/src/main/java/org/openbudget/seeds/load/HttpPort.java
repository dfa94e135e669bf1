package org.openbudget.seeds.load;

import java.io.IOException;

/** Sends one HTTP request with a JSON body (or none) and answers the status and body. */
public interface HttpPort {

    record Answer(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    Answer send(String method, String url, String jsonBody) throws IOException;

    /** The JDK's HTTP client, without a token. */
    static HttpPort jdk() {
        return jdk(null);
    }

    /** The JDK's HTTP client; every request carries {@code token}'s bearer token when there is one. */
    static HttpPort jdk(org.openbudget.seeds.auth.ClientToken token) {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofSeconds(5)).build();
        return (method, url, body) -> {
            java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                    .timeout(java.time.Duration.ofSeconds(60))
                    .header("Accept", "application/json");
            if (token != null) {
                b.header("Authorization", token.header());
            }
            if (body == null) {
                b.method(method, java.net.http.HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", "application/json; charset=utf-8")
                        .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8));
            }
            try {
                java.net.http.HttpResponse<String> r = client.send(b.build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
                return new Answer(r.statusCode(), r.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        };
    }
}
