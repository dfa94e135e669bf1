package org.openbudget.common.testing.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Real tokens from the tests' Keycloak (started by {@code deploy/local/test}, 127.0.0.1:8180; override with
 * {@code -Dopenbudget.test.keycloak=URL} or {@code OPENBUDGET_TEST_KEYCLOAK}). Tokens are cached until a minute before
 * they expire; the expired one is fetched once and waited out.
 */
public final class Tokens {

    public static final String TEST_REALM = "openbudget-test";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Principal, Token> CACHE = new EnumMap<>(Principal.class);
    private static Token tests;

    private Tokens() {
    }

    public static String keycloak() {
        String url = System.getProperty("openbudget.test.keycloak", System.getenv("OPENBUDGET_TEST_KEYCLOAK"));
        return url == null || url.isBlank() ? "http://127.0.0.1:8180" : url;
    }

    /** The issuer the services verify in tests ({@code %test.quarkus.oidc.auth-server-url}). */
    public static String issuer() {
        return keycloak() + "/realms/" + TEST_REALM;
    }

    /** The default caller of the tests that are not about permissions: editor, reviewer and admin of everything. */
    public static synchronized String tests() {
        if (tests == null || tests.expiresSoon()) {
            tests = clientCredentials(TEST_REALM, "tests-all", "tests-secret");
        }
        return tests.value;
    }

    /** The principal's token, or null for {@link Principal#ANONYMOUS}. */
    public static synchronized String of(Principal principal) {
        if (principal == Principal.ANONYMOUS) {
            return null;
        }
        Token cached = CACHE.get(principal);
        if (cached != null && (principal == Principal.EXPIRED || !cached.expiresSoon())) {
            return cached.value;
        }
        Token token = switch (principal) {
            case EDITOR -> password("editor-" + Principal.DEPARTMENT);
            case OTHER_EDITOR -> password("editor-" + Principal.OTHER_DEPARTMENT);
            case REVIEWER -> password("reviewer-" + Principal.REGION);
            case OTHER_REVIEWER -> password("reviewer-" + Principal.OTHER_REGION);
            case AUDITOR -> password("auditor");
            case ADMIN -> password("admin");
            case EXPIRED -> expired();
            case WRONG_ISSUER -> clientCredentials("elsewhere", "stranger", "stranger-secret");
            case ANONYMOUS -> throw new IllegalStateException();
        };
        CACHE.put(principal, token);
        return token.value;
    }

    /** A token of a client of the tests' realm ({@code openbudget-loader}, …). */
    public static String client(String clientId, String secret) {
        return clientCredentials(TEST_REALM, clientId, secret).value;
    }

    private static Token password(String user) {
        return fetch(TEST_REALM, Map.of("grant_type", "password", "client_id", "tests-web", "username", user,
                "password", "test"));
    }

    private static Token expired() {
        Token token = clientCredentials(TEST_REALM, "tests-expiring", "expiring-secret");
        long wait = Duration.between(Instant.now(), token.expiresAt).toMillis() + 1_500;
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return token;
    }

    private static Token clientCredentials(String realm, String client, String secret) {
        return fetch(realm, Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret));
    }

    private static Token fetch(String realm, Map<String, String> form) {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI uri = URI.create(keycloak() + "/realms/" + realm + "/protocol/openid-connect/token");
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .timeout(Duration.ofSeconds(20))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token from " + uri + " (" + response.statusCode() + "): "
                        + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            return new Token(json.path("access_token").asText(),
                    Instant.now().plusSeconds(json.path("expires_in").asLong(60)));
        } catch (IOException e) {
            throw new IllegalStateException("the tests' Keycloak does not answer at " + uri
                    + " — start it with deploy/local/test (or: source deploy/local/lib.sh; keycloak_start)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Token(String value, Instant expiresAt) {
        boolean expiresSoon() {
            return Instant.now().plusSeconds(60).isAfter(expiresAt);
        }
    }
}
