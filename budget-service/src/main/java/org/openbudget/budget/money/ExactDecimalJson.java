package org.openbudget.budget.money;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Amounts keep their 2 decimals on the way out, including inside event envelopes (which pass through a
 * JSON tree): Jackson's default tree would turn 3943000.00 into 3.943E+6 — the same number, but not what a
 * budget should look like on the wire.
 */
@Singleton
public class ExactDecimalJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
