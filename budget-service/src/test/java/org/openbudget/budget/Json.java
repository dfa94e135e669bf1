package org.openbudget.budget;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.restassured.response.ValidatableResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** Reads API answers with amounts as BigDecimal (never as binary floating point). */
public final class Json {

    /** Exact decimals: 394.30 stays 394.30 (Jackson's default node factory would strip it to 394.3). */
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private Json() {
    }

    public static JsonNode read(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(ValidatableResponse response) {
        return read(response.extract().asString());
    }

    /** The amount at a JSON pointer, or null when the cell is absent (blank). */
    public static BigDecimal amount(JsonNode node, String pointer) {
        JsonNode at = node.at(pointer);
        return at.isMissingNode() || at.isNull() ? null : at.decimalValue();
    }

    public static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
