package org.openbudget.aggregation.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.openbudget.disclosure.budget.BudgetContent;

import java.io.IOException;

/**
 * One budget of a {@link BudgetChanged}: budget-service writes its metadata and the content's fields side by side in
 * one JSON object. Both records read that same object — Jackson cannot bind an unwrapped part through a record's
 * constructor — each taking its own fields.
 *
 * @param header  department, year, adjustment, status, dates
 * @param content the figures, in 元 ({@code org.openbudget.disclosure.budget}: the model every table is built from)
 */
@JsonDeserialize(using = BudgetVersion.Reader.class)
public record BudgetVersion(BudgetHeader header, BudgetContent content) {

    static final class Reader extends JsonDeserializer<BudgetVersion> {
        @Override
        public BudgetVersion deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = context.readTree(parser);
            return new BudgetVersion(context.readTreeAsValue(node, BudgetHeader.class),
                    context.readTreeAsValue(node, BudgetContent.class));
        }
    }
}
