package org.openbudget.seeds.load;

import org.junit.jupiter.api.Test;
import org.openbudget.seeds.json.Json;
import org.openbudget.seeds.json.JsonReader;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The loader's own JSON writer and reader (it has no runtime dependency). */
class JsonTest {

    record Line(String code, BigDecimal amount, List<String> notes) {
    }

    @Test
    void recordsWithoutTheirNullsAndDecimalsAsPrinted() {
        assertEquals("{\"code\":\"201\",\"amount\":296.93,\"notes\":[]}", Json.compact(new Line("201", new BigDecimal("296.93"), List.of())));
        assertEquals("{\"code\":\"x\"}", Json.compact(new Line("x", null, null)));
        assertEquals("1000", Json.compact(new BigDecimal("1E+3")), "never in exponent notation");
        assertEquals("\"引号\\\"\\n\\t\"", Json.compact("引号\"\n\t"));
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
    void readsWhatItWrites() {
        Object parsed = JsonReader.parse("{\"region\": {\"code\": \"130127\", \"name\": \"高邑县\"}, \"n\": 394.30, \"ok\": true, \"none\": null, "
                + "\"list\": [1, \"\\u4e09\"]}");
        Map<?, ?> m = (Map<?, ?>) parsed;
        assertEquals(Map.of("code", "130127", "name", "高邑县"), m.get("region"));
        assertEquals(new BigDecimal("394.30"), m.get("n"));
        assertEquals(true, m.get("ok"));
        assertEquals(List.of(new BigDecimal("1"), "三"), m.get("list"));
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("{\"a\": }"));
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("[1] x"));
    }
}
