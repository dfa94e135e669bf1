package org.openbudget.seeds.load;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON documents compared as trees; numbers by value (394.3 equals 394.30, as the services read them). */
final class JsonAssert {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private JsonAssert() {
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    static void equal(String expected, String actual) {
        JsonNode e = tree(expected);
        JsonNode a = tree(actual);
        assertTrue(e.equals((x, y) -> x.isNumber() && y.isNumber() ? x.decimalValue().compareTo(y.decimalValue())
                        : x.equals(y) ? 0 : 1, a),
                () -> "expected\n" + e.toPrettyString() + "\nbut was\n" + a.toPrettyString());
    }
}
