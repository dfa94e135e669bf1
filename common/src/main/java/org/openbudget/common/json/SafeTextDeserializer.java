package org.openbudget.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import java.io.IOException;

/**
 * Reads every string of a request body (also list elements) as Jackson's own StringDeserializer does, then applies
 * the field's {@link TextRule}: {@link TextRule#FREE_TEXT} when the property is marked {@link FreeText}, otherwise
 * {@link TextRule#NAME}. Being a custom String deserializer, Jackson also uses it for {@code List<String>}.
 */
public class SafeTextDeserializer extends StringDeserializer implements ContextualDeserializer {

    private static final SafeTextDeserializer NAME = new SafeTextDeserializer(TextRule.NAME);
    private static final SafeTextDeserializer FREE_TEXT = new SafeTextDeserializer(TextRule.FREE_TEXT);

    private final TextRule rule;

    private SafeTextDeserializer(TextRule rule) {
        this.rule = rule;
    }

    public static SafeTextDeserializer names() {
        return NAME;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        return property != null && property.getAnnotation(FreeText.class) != null ? FREE_TEXT : NAME;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = super.deserialize(p, ctxt);
        var violation = rule.violation(value);
        if (violation.isPresent()) {
            throw new UnsafeTextException(p, violation.get());
        }
        return value;
    }
}
