package org.openbudget.aggregation.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.common.event.EventContractException;

/**
 * Binds an event's {@code data} to its record — the one reading of every event type, used by the intake when the
 * event arrives and by the read side when it reads the state the read model kept ({@code aggregate_view.data} is
 * the event's data as it came). Amounts are read as exact decimals; fields we do not use are ignored.
 */
@ApplicationScoped
public class EventBinder {

    private final ObjectMapper json;

    public EventBinder(ObjectMapper json) {
        this.json = json.copy().configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                // a budget is read as a tree first (BudgetVersion): 15100.00 stays 15100.00, never 1.51E+4
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }

    /** Outside Quarkus (plain unit tests): a mapper of its own with the Java time types. */
    public static EventBinder standalone() {
        return new EventBinder(new ObjectMapper().findAndRegisterModules());
    }

    /** The record of {@code data}; throws {@link EventContractException} when the JSON does not fit it. */
    public <T extends EventData> T bind(JsonNode data, Class<T> type) {
        try {
            return json.treeToValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new EventContractException("data does not match " + type.getSimpleName() + ": "
                    + (e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage()), e);
        }
    }
}
