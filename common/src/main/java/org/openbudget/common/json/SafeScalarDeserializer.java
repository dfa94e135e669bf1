package org.openbudget.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

import java.io.IOException;
import java.util.Optional;

/**
 * Applies {@link TextRule#NAME} to a JSON string before it is read as an enum, a date or a number. Jackson trims
 * such strings, so {@code "货物\u001b"} would otherwise quietly become 货物 and {@code "2021-12-31\u0000"} a date:
 * a text field on the wire, and its control characters are refused like any other.
 */
public final class SafeScalarDeserializer extends DelegatingDeserializer {

    private SafeScalarDeserializer(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    /** Wraps the deserializers of enums and of JDK value types (dates, numbers); strings have their own. */
    public static BeanDeserializerModifier modifier() {
        return new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                return new SafeScalarDeserializer(deserializer);
            }

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
                                                          JsonDeserializer<?> deserializer) {
                Class<?> raw = beanDesc.getBeanClass();
                boolean jdkValue = raw.getName().startsWith("java.") && raw != String.class && raw != Object.class;
                return jdkValue ? new SafeScalarDeserializer(deserializer) : deserializer;
            }
        };
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new SafeScalarDeserializer(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            Optional<String> violation = TextRule.NAME.violation(p.getText());
            if (violation.isPresent()) {
                throw new UnsafeTextException(p, violation.get());
            }
        }
        return super.deserialize(p, ctxt);
    }
}
