package org.openbudget.performance.event;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Keeps decimals as printed when a payload passes through a JSON tree. The outbox turns event data
 * into a tree ({@code valueToTree}), and Jackson's default strips trailing zeros there: 20.00 万元
 * would go out as {@code 2E+1} and a target of 100 as {@code 1E+2}. Exact trees and plain notation
 * keep {@code 20.00} and {@code 100}.
 */
@Singleton
public class ExactDecimals implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        mapper.getFactory().configure(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN.mappedFeature(), true);
    }
}
