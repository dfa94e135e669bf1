package org.openbudget.asset.security;

import org.openbudget.common.testing.security.DepartmentEvents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.restassured.specification.RequestSpecification;
import org.openbudget.common.outbox.OutboxEvent;
import org.openbudget.common.security.DepartmentRegions;
import org.openbudget.common.testing.security.Principal;
import org.openbudget.common.testing.security.Tokens;

import java.util.Base64;

import static org.openbudget.asset.support.Api.api;

/**
 * The fixture of the permission tests: department {@value Principal#DEPARTMENT} in region {@value Principal#REGION},
 * {@value Principal#OTHER_DEPARTMENT} in {@value Principal#OTHER_REGION}, as budget-service's department events say
 * (asset-service does not own departments: it learns their regions from {@code budget.events}).
 */
final class SecurityFixture {

    static final String DEPT = Principal.DEPARTMENT;
    static final String OTHER_DEPT = Principal.OTHER_DEPARTMENT;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SecurityFixture() {
    }

    /** The two fixture departments' regions, known to this service through budget-service's department events. */
    static void regionsKnown(DepartmentRegions regions) {
        DepartmentEvents.fixture(regions);
    }

    /** A request as this principal (anonymous: no Authorization header; the class is {@code @ExplicitTokens}). */
    static RequestSpecification as(Principal principal) {
        RequestSpecification request = api();
        String token = Tokens.of(principal);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    static String plan(String itemName, String amount) {
        return """
                {"unit": "元", "items": [
                  {"projectName": "办公设备购置", "itemName": "%s", "catalogCode": "A02021001", "kind": "货物",
                   "measureUnit": "台", "quantity": 1, "unitPrice": %s, "amount": %s, "funding": {"generalBudget": %s},
                   "fixedAsset": true},
                  {"projectName": "物业管理", "itemName": "物业服务", "catalogCode": "C1204", "kind": "服务",
                   "measureUnit": "项", "quantity": 1, "unitPrice": 1000.00, "amount": 1000.00,
                   "funding": {"generalBudget": 1000.00}, "fixedAsset": false}]}
                """.formatted(itemName, amount, amount, amount);
    }

    static final String ITEM = """
            {"unit": "万元", "item": {"itemName": "公务用车", "kind": "货物", "catalogCode": "A02030500",
             "measureUnit": "辆", "quantity": 1, "unitPrice": 18.00, "amount": 18.00,
             "funding": {"generalBudget": 18.00}, "fixedAsset": true}}
            """;

    static final String HOLDINGS = """
            {"unit": "万元", "totalValue": 947.09, "vehicles": {"quantity": 8, "value": 138.26},
             "otherFixedAssets": {"quantity": 568, "value": 808.83}}
            """;

    /**
     * A bulk request (issue 16) holding {@link #HOLDINGS} for the fixture department in the disclosure of the year
     * after {@code year}: the holdings as of {@code year}-12-31, the as-of date the single PUTs of the fixture use.
     */
    static String bulk(String year) {
        return "{\"items\": [{\"department\": \"" + DEPT + "\", \"year\": " + (Integer.parseInt(year) + 1)
                + ", \"holdings\": " + HOLDINGS + "}]}";
    }

    /** The latest outbox row of a key (the owner's audit trail), or null. */
    static OutboxEvent lastOutboxRow(String key) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>find("messageKey", Sort.descending("position"), key).firstResult());
    }

    /** The {@code sub} of a token, read from its payload (the token was verified by the service already). */
    static String subject(String token) {
        return claims(token).path("sub").asText();
    }

    static JsonNode claims(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
