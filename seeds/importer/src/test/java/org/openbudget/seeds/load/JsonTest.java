package org.openbudget.seeds.load;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The importer's JSON on Jackson: what the services read as blank stays absent, amounts stay as printed. */
class JsonTest {

    record Line(String code, BigDecimal amount, List<String> notes) {
    }

    record Dated(LocalDate asOf) {
    }

    @Test
    void recordsWithoutTheirNullsAndDecimalsAsPrinted() {
        assertEquals("{\"code\":\"201\",\"amount\":296.93,\"notes\":[]}", Json.compact(new Line("201", new BigDecimal("296.93"), List.of())));
        assertEquals("{\"code\":\"x\"}", Json.compact(new Line("x", null, null)));
        assertEquals("{\"code\":\"x\",\"amount\":394.30}", Json.compact(new Line("x", new BigDecimal("394.30"), null)),
                "the printed scale is kept");
        assertEquals("1000", Json.compact(new BigDecimal("1E+3")), "never in exponent notation");
        assertEquals("\"引号\\\"\\n\\t\"", Json.compact("引号\"\n\t"));
        assertEquals("{\"asOf\":\"2021-12-31\"}", Json.compact(new Dated(LocalDate.of(2021, 12, 31))));
    }

    @Test
    void mapsKeepTheirOrderAndDropNulls() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", 1);
        m.put("a", null);
        m.put("c", Arrays.asList("x", null));
        assertEquals("{\"b\":1,\"c\":[\"x\",null]}", Json.compact(m));
    }

    @Test
    void readsAnswersWithExactDecimals() {
        JsonNode m = Json.tree("{\"region\": {\"code\": \"130127\", \"name\": \"高邑县\"}, \"n\": 394.30, \"ok\": true, \"none\": null, "
                + "\"list\": [1, \"\\u4e09\"]}");
        assertEquals("130127", m.at("/region/code").asText());
        assertEquals("高邑县", m.at("/region/name").asText());
        assertEquals(new BigDecimal("394.30"), m.get("n").decimalValue(), "394.30 with its scale, not the double 394.3");
        assertTrue(m.get("ok").booleanValue());
        assertTrue(m.get("none").isNull());
        assertEquals("三", m.at("/list/1").asText());
        assertThrows(IllegalArgumentException.class, () -> Json.tree("{\"a\": }"));
        assertThrows(IllegalArgumentException.class, () -> Json.tree("[1] x"));
    }
}
