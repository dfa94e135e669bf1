package org.openbudget.seeds.auth;

import com.fasterxml.jackson.databind.JsonNode;
import org.openbudget.seeds.load.Json;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A bearer token of the platform's OpenID Connect issuer for a tool that calls the APIs: the loader, the benchmark
 * and the fault suite sign in as "other systems" with the client-credentials grant (their own client id and secret),
 * the end-to-end tests also as users (password grant). The token is reused until 30 s before it expires.
 *
 * <p>From the environment: {@code OPENBUDGET_ISSUER} (e.g. {@code http://127.0.0.1:8180/realms/openbudget}),
 * {@code OPENBUDGET_CLIENT_ID}, {@code OPENBUDGET_CLIENT_SECRET}. Without an issuer the tool sends no token.
 */
public final class ClientToken {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI tokenEndpoint;
    private final Map<String, String> form;
    private String value;
    private Instant refreshAt = Instant.MIN;

    private ClientToken(String issuer, Map<String, String> form) {
        this.tokenEndpoint = URI.create(issuer.replaceAll("/+$", "") + "/protocol/openid-connect/token");
        this.form = form;
    }

    /** The client-credentials grant of a confidential client. */
    public static ClientToken client(String issuer, String clientId, String secret) {
        return new ClientToken(issuer, Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret));
    }

    /** A person's token (password grant of a public client that allows it; tests and demos only). */
    public static ClientToken user(String issuer, String publicClient, String username, String password) {
        return new ClientToken(issuer, Map.of("grant_type", "password", "client_id", publicClient,
                "username", username, "password", password));
    }

    /** The tool's client from {@code OPENBUDGET_ISSUER}, {@code OPENBUDGET_CLIENT_ID}, {@code OPENBUDGET_CLIENT_SECRET}. */
    public static Optional<ClientToken> fromEnv(Map<String, String> env) {
        String issuer = env.get("OPENBUDGET_ISSUER");
        if (issuer == null || issuer.isBlank()) {
            return Optional.empty();
        }
        String id = env.get("OPENBUDGET_CLIENT_ID");
        String secret = env.get("OPENBUDGET_CLIENT_SECRET");
        if (id == null || secret == null) {
            throw new IllegalArgumentException("OPENBUDGET_ISSUER is set: OPENBUDGET_CLIENT_ID and OPENBUDGET_CLIENT_SECRET are needed too");
        }
        return Optional.of(client(issuer, id, secret));
    }

    /** The {@code Authorization} header value. */
    public synchronized String header() throws IOException {
        if (value == null || Instant.now().isAfter(refreshAt)) {
            fetch();
        }
        return "Bearer " + value;
    }

    private void fetch() throws IOException {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r;
        try {
            r = HTTP.send(HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (r.statusCode() != 200) {
            throw new IOException("no token from " + tokenEndpoint + " for client " + form.get("client_id") + ": HTTP "
                    + r.statusCode() + " " + r.body());
        }
        JsonNode json = Json.tree(r.body());
        value = json.path("access_token").asText("null");
        long lifetime = json.path("expires_in").isNumber() ? json.get("expires_in").longValue() : 60;
        refreshAt = Instant.now().plusSeconds(Math.max(1, lifetime - 30));
    }
}
