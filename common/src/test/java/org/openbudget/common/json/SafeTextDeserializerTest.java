package org.openbudget.common.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The check reaches every string of a body, names its JSON path, and honours {@link FreeText}. */
class SafeTextDeserializerTest {

    record Unit(String name, @FreeText String remark) {
    }

    record Body(String name, List<Unit> units, @FreeText List<String> duties, List<String> codes) {
    }

    enum Kind { GOODS }

    record Item(Kind kind, java.math.BigDecimal amount) {
    }

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new SimpleModule().addDeserializer(String.class, SafeTextDeserializer.names())
                    .setDeserializerModifier(SafeScalarDeserializer.modifier()));

    private String failingPath(String json) {
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue(json, Body.class));
        assertEquals(UnsafeTextException.class, e.getClass());
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            path.append(ref.getFieldName() != null ? (path.isEmpty() ? "" : ".") + ref.getFieldName() : "[" + ref.getIndex() + "]");
        }
        return path.toString();
    }

    @Test
    void everyStringIsCheckedAndNamedByItsPath() {
        assertEquals("name", failingPath("{\"name\": \"a\\u0000b\"}"));
        assertEquals("units[1].name", failingPath("{\"units\": [{\"name\": \"ok\"}, {\"name\": \"x\\ny\"}]}"));
        assertEquals("codes[0]", failingPath("{\"codes\": [\"20\\u00013\"]}"));
        assertEquals("duties[1]", failingPath("{\"duties\": [\"ok\", \"\\ud800\"]}"));
        assertEquals("units[0].remark", failingPath("{\"units\": [{\"remark\": \"bell\\u0007\"}]}"));
    }

    @Test
    void freeTextKeepsItsLineBreaks() throws Exception {
        Body body = mapper.readValue("{\"name\": \"n\", \"units\": [{\"name\": \"u\", \"remark\": \"一\\r\\n二\\t\"}],"
                + " \"duties\": [\"a\\nb\"]}", Body.class);
        assertEquals("一\r\n二\t", body.units().get(0).remark());
        assertEquals("a\nb", body.duties().get(0));
    }

    @Test
    void enumsAndNumbersWrittenAsStringsAreCheckedBeforeJacksonTrimsThem() throws Exception {
        assertEquals(Kind.GOODS, mapper.readValue("{\"kind\": \"GOODS \"}", Item.class).kind(), "plain trimming stays");
        JsonMappingException e = assertThrows(UnsafeTextException.class,
                () -> mapper.readValue("{\"kind\": \"GOODS\\u001b\"}", Item.class));
        assertEquals("kind", e.getPath().get(0).getFieldName());
        assertThrows(UnsafeTextException.class, () -> mapper.readValue("{\"amount\": \"12.50\\u0000\"}", Item.class));
        assertEquals(new java.math.BigDecimal("12.50"), mapper.readValue("{\"amount\": \"12.50\"}", Item.class).amount());
    }
}
