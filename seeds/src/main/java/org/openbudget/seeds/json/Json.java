package org.openbudget.seeds.json;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;

/**
 * Writes records, maps, lists, strings, numbers and booleans as JSON. Null record components and null
 * map values are left out, so a blank cell is an absent member (the services read absent as blank).
 * Amounts are written as plain decimals exactly as held (394.30 stays 394.30).
 *
 * <p>The loader has no runtime dependency so that {@code deploy/local/load} can compile and run it with
 * the JDK alone, without resolving the module's test dependencies (the four packaged services).
 */
public final class Json {

    private Json() {
    }

    /** One line, for request bodies. */
    public static String compact(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, -1, 0);
        return out.toString();
    }

    /** Indented by two spaces, for people. */
    public static String pretty(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 2, 0);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, int indent, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof JsonValue v) {
            write(out, v.jsonValue(), indent, depth);
        } else if (value instanceof Enum<?> e) {
            string(out, e.name());
        } else if (value instanceof TemporalAccessor || value instanceof Character) {
            string(out, value.toString());
        } else if (value instanceof Map<?, ?> map) {
            object(out, map.entrySet().stream().filter(e -> e.getValue() != null)
                    .map(e -> Map.entry(String.valueOf(e.getKey()), (Object) e.getValue())).toList(), indent, depth);
        } else if (value instanceof Collection<?> list) {
            array(out, list, indent, depth);
        } else if (value.getClass().isRecord()) {
            object(out, components(value), indent, depth);
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private static java.util.List<Map.Entry<String, Object>> components(Object record) {
        java.util.List<Map.Entry<String, Object>> members = new java.util.ArrayList<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.isAnnotationPresent(JsonSkip.class)) {
                continue;
            }
            try {
                c.getAccessor().setAccessible(true);
                Object v = c.getAccessor().invoke(record);
                if (v != null) {
                    members.add(Map.entry(c.getName(), v));
                }
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException("cannot read " + c, ex);
            }
        }
        return members;
    }

    private static void object(StringBuilder out, java.util.List<Map.Entry<String, Object>> members, int indent, int depth) {
        if (members.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> m : members) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(out, indent, depth + 1);
            string(out, m.getKey());
            out.append(indent < 0 ? ":" : ": ");
            write(out, m.getValue(), indent, depth + 1);
        }
        newline(out, indent, depth);
        out.append('}');
    }

    private static void array(StringBuilder out, Collection<?> items, int indent, int depth) {
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(out, indent, depth + 1);
            write(out, item, indent, depth + 1);
        }
        newline(out, indent, depth);
        out.append(']');
    }

    private static void newline(StringBuilder out, int indent, int depth) {
        if (indent >= 0) {
            out.append('\n').append(" ".repeat(indent * depth));
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
