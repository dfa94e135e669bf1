package org.openbudget.common.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The mapper REST bodies are read and written with: the application's (with {@link StrictJson}) plus the
 * {@link TextRule} check of every string, duplicate keys refused and no enum read from a number. Only REST gets
 * these checks: events and stored documents are read with the application's own mapper, where a rule about what a
 * client may send has no business (an event published before the rule existed must still be readable).
 */
@Provider
@Singleton
public class RequestJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper;

    public RequestJson(ObjectMapper application) {
        this.mapper = application.copy().registerModule(new SimpleModule("openbudget-request-text")
                .addDeserializer(String.class, SafeTextDeserializer.names())
                .setDeserializerModifier(SafeScalarDeserializer.modifier()));
        // {"unit": "元", …, "unit": "万元"} would silently keep the last; {"unit": 1} would silently mean the second unit
        mapper.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
