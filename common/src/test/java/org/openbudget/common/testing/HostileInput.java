package org.openbudget.common.testing;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of hostile variants of one valid PUT: each {@link #next} mutates the valid body, its If-Match
 * or its path in one way (control characters, invalid UTF-8, wrong types, nulls, missing and unknown fields, odd
 * numbers, over-long strings, deep nesting, malformed JSON, wrong content types, hostile path segments). The
 * same seed gives the same requests, so a failure is reproduced by rerunning with its seed.
 * (A copy lives in each owner service's tests: there is no shared test module.)
 */
public final class HostileInput {

    enum Kind {
        CONTROL_CHARACTER, RAW_CONTROL_BYTE, INVALID_UTF8, WRONG_TYPE, NULL_VALUE, MISSING_FIELD, UNKNOWN_FIELD, NUMBER,
        LONG_STRING, DEEP_NESTING, MALFORMED_JSON, ODD_UNICODE, IF_MATCH, PATH_SEGMENT, CONTENT_TYPE
    }

    /**
     * One request. {@code segments}: the path parameter values, percent-encoded as sent. {@code field}: the JSON
     * path or parameter the mutation touched; a 4xx must name it (or a field inside or around it) when
     * {@code mustName}. {@code mustReject}: no valid request can look like this, so a 2xx is a failure.
     */
    record Mutation(Kind kind, String description, byte[] body, String contentType, List<String> segments,
                    String ifMatch, String field, boolean mustName, boolean mustReject) {
    }

    /** A node of the valid body: its JSON path as the API names it, and where to find its parent. */
    private record Node(String path, JsonPointer parent, String name, int index, JsonNode value) {
    }

    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    static final String JSON = "application/json";

    /** Escaped in JSON (what a client's encoder sends): refused by the text rules; \t \n \r only outside free text. */
    private static final String[] CONTROL_ESCAPES = {"\\u0000", "\\u0001", "\\u0008", "\\u000b", "\\u000c", "\\u001b",
            "\\u001f", "\\u007f", "\\u0085", "\\u009f", "\\ud800", "\\udbff", "\\udc00", "\\udfff", "\\ud800\\ud800",
            "\\udc00\\ud800", "\\t", "\\n", "\\r", "\\r\\n"};
    private static final byte[][] INVALID_UTF8 = {{(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0xC3, 0x28}, {(byte) 0xC0, (byte) 0x80},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
    private static final String[] ODD_UNICODE = {"\u202e", "\u200b", "\ufeff", "\u0301", "😀", "\ud83d\ude00\u200d\ud83d\udcbb", "Ω", "ﬀ", "\u3000"};
    private static final String[] NUMBERS = {"1000000000000000000000000000000", "123456789012345678901234567890.12", "-1", "-0.01",
            "-0", "0.001", "0.0000001", "123.4567891", "1E+400", "1e-400", "9223372036854775808", "-9223372036854775809",
            "1e3", "0", "2147483648", "1.0", "99999999999999.99", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e999\"",
            "\"12.50\"", "\"\"", "\" 1\""};
    private static final String[] BARE_NUMBER_TOKENS = {"NaN", "Infinity", "-Infinity", "+1", "01", ".5", "1.", "0x10", "1_000"};
    private static final int[] LONG_LENGTHS = {101, 201, 301, 1_001, 2_001, 4_001, 10_001, 20_001, 100_000, 300_000};
    private static final String[] CONTENT_TYPES = {"text/plain", "application/xml", "text/csv",
            "application/octet-stream", "application/json; charset=UTF-16", "*/*", "application/merge-patch+json"};
    private static final String[] IF_MATCH_GARBAGE = {"abc", "\"\"", "\"v1\"", "99999999999999999999", "1.5", "\"1\", \"2\"",
            "W/", "\u00e9"};
    private static final String[] HOSTILE_SEGMENTS = {"%00", "43%004", "%0A", "434%0D%0A", "%7F", "%C2%85", "%ED%A0%80",
            "%C0%80", "%FF", "..", ".", "%2e%2e", "a%2Fb", "%5C", "434%20", "%20", "4;x=1", "%3B",
            "AAAAAAAAAAAAAAAAAAAAA", "x".repeat(300), "%E5%9B%9B%E4%B8%89%E5%9B%9B", "'%20or%201=1--", "%22%3E%3Cscript%3E",
            "-1", "0", "99999999999", "2022.5", "1e3", "%E2%80%AE434", "null", "%2B1"};

    private final Random random;
    private final JsonNode baseline;
    private final List<String> segments;
    private final boolean usesIfMatch;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Node> strings = new ArrayList<>();
    private final List<Node> numbers = new ArrayList<>();
    private final List<Node> objects = new ArrayList<>();
    private int unknown;

    /** {@code segments}: the valid path parameter values (percent-encoded); {@code usesIfMatch}: the resource takes one. */
    public HostileInput(long seed, String validBody, List<String> segments, boolean usesIfMatch) {
        this.random = new Random(seed);
        this.baseline = read(validBody);
        this.segments = List.copyOf(segments);
        this.usesIfMatch = usesIfMatch;
        walk(baseline, "", JsonPointer.empty(), null, null, -1);
    }

    byte[] validBody() {
        return write(baseline);
    }

    Mutation next(long currentVersion) {
        Kind[] kinds = Kind.values();
        Kind kind = kinds[random.nextInt(kinds.length)];
        if (kind == Kind.IF_MATCH && !usesIfMatch) {
            kind = Kind.CONTROL_CHARACTER;
        }
        return switch (kind) {
            case CONTROL_CHARACTER -> controlCharacter();
            case RAW_CONTROL_BYTE -> rawControlByte();
            case INVALID_UTF8 -> invalidUtf8();
            case WRONG_TYPE -> wrongType();
            case NULL_VALUE -> nullValue();
            case MISSING_FIELD -> missingField();
            case UNKNOWN_FIELD -> unknownField();
            case NUMBER -> number();
            case LONG_STRING -> longString();
            case DEEP_NESTING -> deepNesting();
            case MALFORMED_JSON -> malformed();
            case ODD_UNICODE -> oddUnicode();
            case IF_MATCH -> ifMatch(currentVersion);
            case PATH_SEGMENT -> pathSegment();
            case CONTENT_TYPE -> contentType();
        };
    }

    private Mutation controlCharacter() {
        Node target = pick(strings);
        String text = target.value().asText();
        int at = random.nextInt(text.length() + 1);
        String escape = CONTROL_ESCAPES[random.nextInt(CONTROL_ESCAPES.length)];
        String literal = "\"" + escapeBody(text.substring(0, at)) + escape + escapeBody(text.substring(at)) + "\"";
        boolean whitespace = escape.equals("\\t") || escape.equals("\\n") || escape.equals("\\r") || escape.equals("\\r\\n");
        return body(Kind.CONTROL_CHARACTER, escape + " at " + at + " of " + target.path(),
                splice(target, literal), target.path(), true, !whitespace);
    }

    /** A control byte unescaped inside a JSON string: the JSON grammar forbids it (except DEL, which is ours to refuse). */
    private Mutation rawControlByte() {
        Node target = pick(strings);
        byte control = (byte) new int[]{0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F}[random.nextInt(8)];
        byte[] body = spliceBytes(target, new byte[]{control});
        return body(Kind.RAW_CONTROL_BYTE, String.format("raw 0x%02X in %s", control, target.path()), body, target.path(),
                false, true);
    }

    private Mutation invalidUtf8() {
        Node target = pick(strings);
        byte[] bad = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
        StringBuilder hex = new StringBuilder();
        for (byte b : bad) {
            hex.append(String.format("%02X ", b));
        }
        return body(Kind.INVALID_UTF8, "bytes " + hex.toString().trim() + " in " + target.path(), spliceBytes(target, bad),
                target.path(), false, true);
    }

    private Mutation wrongType() {
        Node target = pick(nodes);
        JsonNode v = target.value();
        List<String> options = new ArrayList<>();
        if (!v.isTextual()) {
            options.add("\"x\"");
        }
        if (!v.isNumber()) {
            options.add("42");
        }
        if (!v.isBoolean()) {
            options.add("true");
        }
        if (!v.isArray()) {
            options.add("[]");
            options.add("[" + v + "]");
        }
        if (!v.isObject()) {
            options.add("{}");
            options.add("{\"value\": " + v + "}");
        }
        String raw = options.get(random.nextInt(options.size()));
        // "x" for an enum or a date is the wrong value rather than the wrong type: still a 400 naming the field
        return body(Kind.WRONG_TYPE, raw + " for " + target.path(), splice(target, raw), target.path(), true, false);
    }

    private Mutation nullValue() {
        Node target = pick(nodes);
        return body(Kind.NULL_VALUE, "null for " + target.path(), splice(target, "null"), target.path(), true, false);
    }

    private Mutation missingField() {
        Node target = pick(nodes);
        JsonNode copy = baseline.deepCopy();
        JsonNode parent = copy.at(target.parent());
        if (parent instanceof ObjectNode object) {
            object.remove(target.name());
        } else {
            ((ArrayNode) parent).remove(target.index());
        }
        return body(Kind.MISSING_FIELD, "without " + target.path(), write(copy), target.path(), true, false);
    }

    private Mutation unknownField() {
        Node target = pick(objects);
        String name = "surprise" + (unknown++);
        JsonNode copy = baseline.deepCopy();
        ((ObjectNode) copy.at(target.path().isEmpty() ? JsonPointer.empty() : pointerOf(target))).put(name, "?");
        String path = target.path().isEmpty() ? name : target.path() + "." + name;
        return body(Kind.UNKNOWN_FIELD, path, write(copy), path, true, true);
    }

    private Mutation number() {
        Node target = pick(numbers.isEmpty() ? nodes : numbers);
        if (random.nextInt(4) == 0) {
            String token = BARE_NUMBER_TOKENS[random.nextInt(BARE_NUMBER_TOKENS.length)];
            return body(Kind.NUMBER, "bare " + token + " for " + target.path(), splice(target, token), target.path(), false, true);
        }
        String raw = NUMBERS[random.nextInt(NUMBERS.length)];
        return body(Kind.NUMBER, raw + " for " + target.path(), splice(target, raw), target.path(), true, false);
    }

    private Mutation longString() {
        Node target = pick(random.nextBoolean() ? strings : nodes);
        int length = LONG_LENGTHS[random.nextInt(LONG_LENGTHS.length)];
        String unit = random.nextBoolean() ? "x" : "预";
        String raw = "\"" + unit.repeat(length) + "\"";
        return body(Kind.LONG_STRING, length + " × " + unit + " for " + target.path(), splice(target, raw), target.path(), true, false);
    }

    private Mutation deepNesting() {
        Node target = pick(nodes);
        int depth = new int[]{50, 900, 1_500, 20_000}[random.nextInt(4)];
        boolean arrays = random.nextBoolean();
        StringBuilder raw = new StringBuilder();
        raw.append(arrays ? "[".repeat(depth) : "{\"a\":".repeat(depth));
        raw.append("1");
        raw.append(arrays ? "]".repeat(depth) : "}".repeat(depth));
        return body(Kind.DEEP_NESTING, depth + " nested " + (arrays ? "arrays" : "objects") + " for " + target.path(),
                splice(target, raw.toString()), target.path(), false, true);
    }

    private Mutation malformed() {
        byte[] valid = write(baseline);
        String text = new String(valid, StandardCharsets.UTF_8);
        int choice = random.nextInt(12);
        return switch (choice) {
            case 0 -> {
                int cut = random.nextInt(valid.length);
                byte[] body = new byte[cut];
                System.arraycopy(valid, 0, body, 0, cut);
                yield body(Kind.MALFORMED_JSON, "truncated at byte " + cut, body, "$", false, true);
            }
            case 1 -> body(Kind.MALFORMED_JSON, "trailing garbage", (text + "}x").getBytes(StandardCharsets.UTF_8), "$", false, true);
            case 2 -> body(Kind.MALFORMED_JSON, "single quotes", text.replaceFirst("\"", "'").getBytes(StandardCharsets.UTF_8), "$", false, true);
            case 3 -> body(Kind.MALFORMED_JSON, "empty body", new byte[0], "$", false, true);
            case 4 -> body(Kind.MALFORMED_JSON, "the body null", "null".getBytes(StandardCharsets.UTF_8), "$", false, true);
            case 5 -> body(Kind.MALFORMED_JSON, "an array body", ("[" + text + "]").getBytes(StandardCharsets.UTF_8), "$", false, true);
            case 6 -> body(Kind.MALFORMED_JSON, "a string body", "\"{}\"".getBytes(StandardCharsets.UTF_8), "$", false, true);
            case 7 -> {
                Node target = pick(objects.size() > 1 ? objects.subList(1, objects.size()) : objects);
                // the same key twice in one object: a parser that keeps the last would let a value slip in unseen
                String first = target.value().fieldNames().hasNext() ? target.value().fieldNames().next() : "unit";
                String dup = "\"" + first + "\": " + target.value().get(first) + ", ";
                String raw = "{" + dup + target.value().toString().substring(1);
                yield body(Kind.MALFORMED_JSON, "duplicate key " + first + " in " + target.path(), splice(target, raw),
                        target.path(), false, true);
            }
            case 8 -> {
                int at = random.nextInt(valid.length);
                String stray = new String[]{",", "}", "]", ":", "{", "[", "\"", "\\"}[random.nextInt(8)];
                byte[] body = concat(slice(valid, 0, at), stray.getBytes(StandardCharsets.UTF_8), slice(valid, at, valid.length));
                // a stray character inside a string literal may still be valid JSON: a 2xx is then fine
                yield body(Kind.MALFORMED_JSON, "stray " + stray + " at byte " + at, body, "$", false, false);
            }
            case 9 -> body(Kind.MALFORMED_JSON, "comment", ("/* c */" + text).getBytes(StandardCharsets.UTF_8), "$", false, true);
            case 10 -> body(Kind.MALFORMED_JSON, "two documents", (text + text).getBytes(StandardCharsets.UTF_8), "$", false, true);
            default -> body(Kind.MALFORMED_JSON, "byte order mark", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, valid),
                    "$", false, false);
        };
    }

    private Mutation oddUnicode() {
        Node target = pick(strings);
        String odd = ODD_UNICODE[random.nextInt(ODD_UNICODE.length)];
        String text = target.value().asText();
        int at = random.nextInt(text.length() + 1);
        String raw = "\"" + escapeBody(text.substring(0, at) + odd + text.substring(at)) + "\"";
        return body(Kind.ODD_UNICODE, "U+" + Integer.toHexString(odd.codePointAt(0)) + " in " + target.path(),
                splice(target, raw), target.path(), true, false);
    }

    private Mutation ifMatch(long version) {
        int choice = random.nextInt(6);
        String header;
        boolean reject;
        switch (choice) {
            case 0 -> {
                header = "\"" + (version + 1 + random.nextInt(5)) + "\"";
                reject = true;
            }
            case 1 -> {
                header = "\"" + (version - 1 - random.nextInt(3)) + "\"";
                reject = true;
            }
            case 2 -> {
                header = IF_MATCH_GARBAGE[random.nextInt(IF_MATCH_GARBAGE.length)];
                reject = true;
            }
            case 3 -> {
                header = "W/\"" + version + "\"";
                reject = false;
            }
            case 4 -> {
                header = "*";
                reject = false;
            }
            default -> {
                header = "\"" + version + "\"";
                reject = false;
            }
        }
        return new Mutation(Kind.IF_MATCH, "If-Match: " + header, write(baseline), JSON, segments, header, "If-Match",
                choice == 2, reject);
    }

    private Mutation pathSegment() {
        int which = random.nextInt(segments.size());
        String hostile = HOSTILE_SEGMENTS[random.nextInt(HOSTILE_SEGMENTS.length)];
        List<String> changed = new ArrayList<>(segments);
        changed.set(which, random.nextBoolean() ? hostile : segments.get(which) + hostile);
        // a NUL or other control character is refused naming the parameter; other segments may be 404, 405 or new keys
        boolean control = hostile.contains("%00") || hostile.contains("%0A") || hostile.contains("%7F") || hostile.contains("%0D");
        return new Mutation(Kind.PATH_SEGMENT, "segment " + which + " = " + changed.get(which), write(baseline), JSON,
                changed, null, null, false, control);
    }

    private Mutation contentType() {
        String type = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
        // JSON under another charset label or a wildcard may still be read as JSON: only a non-JSON type must be refused
        return new Mutation(Kind.CONTENT_TYPE, "Content-Type: " + type, write(baseline), type, segments, null, null, false,
                !type.startsWith("application/json") && !type.equals("*/*"));
    }

    private Mutation body(Kind kind, String description, byte[] body, String field, boolean mustName, boolean mustReject) {
        return new Mutation(kind, description, body, JSON, segments, null, field, mustName, mustReject);
    }

    private byte[] splice(Node target, String rawJson) {
        return replace(target, rawJson.getBytes(StandardCharsets.UTF_8));
    }

    /** The body with {@code bytes} inserted at a random place inside the string at {@code target}. */
    private byte[] spliceBytes(Node target, byte[] bytes) {
        String text = target.value().isTextual() ? target.value().asText() : "";
        int at = random.nextInt(text.length() + 1);
        byte[] literal = concat("\"".getBytes(StandardCharsets.UTF_8), escapeBody(text.substring(0, at)).getBytes(StandardCharsets.UTF_8),
                bytes, escapeBody(text.substring(at)).getBytes(StandardCharsets.UTF_8), "\"".getBytes(StandardCharsets.UTF_8));
        return replace(target, literal);
    }

    /** Serialises the baseline with {@code raw} (already JSON, or deliberately not) in place of the node at {@code target}. */
    private byte[] replace(Node target, byte[] raw) {
        String marker = "\u00a7HOSTILE\u00a7";
        JsonNode copy = baseline.deepCopy();
        JsonNode parent = copy.at(target.parent());
        if (parent instanceof ObjectNode object) {
            object.set(target.name(), TextNode.valueOf(marker));
        } else {
            ((ArrayNode) parent).set(target.index(), TextNode.valueOf(marker));
        }
        byte[] whole = write(copy);
        byte[] needle = ("\"" + marker + "\"").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(whole, needle);
        return concat(slice(whole, 0, at), raw, slice(whole, at + needle.length, whole.length));
    }

    private void walk(JsonNode node, String path, JsonPointer pointer, JsonPointer parent, String name, int index) {
        Node here = new Node(path, parent, name, index, node);
        if (parent != null) {
            nodes.add(here);
        }
        if (node.isObject()) {
            objects.add(here);
            node.fields().forEachRemaining(e -> walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(),
                    pointer.appendProperty(e.getKey()), pointer, e.getKey(), -1));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", pointer.appendIndex(i), pointer, null, i);
            }
        } else if (node.isTextual()) {
            strings.add(here);
        } else if (node.isNumber()) {
            numbers.add(here);
        }
    }

    private static JsonPointer pointerOf(Node node) {
        return node.name() != null ? node.parent().appendProperty(node.name()) : node.parent().appendIndex(node.index());
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** A JSON string's content for {@code text} (the quotes stripped), escaped as Jackson writes it. */
    private static String escapeBody(String text) {
        String quoted = new String(write(TextNode.valueOf(text)), StandardCharsets.UTF_8);
        return quoted.substring(1, quoted.length() - 1);
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("marker not found");
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        byte[] out = new byte[to - from];
        System.arraycopy(bytes, from, out, 0, out.length);
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
