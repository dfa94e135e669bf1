package org.openbudget.budget.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.openbudget.common.json.FreeText;
import org.openbudget.disclosure.budget.PriorYearFigure;

/**
 * The disclosure model is plain Java and cannot carry common's {@link FreeText}; this marks its free-text fields
 * for the request check, so a prior-year reason may still hold line breaks (as before the model moved out).
 */
@Singleton
public class ModelTextRules implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(PriorYearFigure.class, PriorYearFigureText.class);
    }

    /** Jackson merges a mix-in field's annotations into the record's constructor parameter of the same name. */
    abstract static class PriorYearFigureText {
        @FreeText
        String reason;
    }
}
