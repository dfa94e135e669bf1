package org.openbudget.aggregation.intake;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openbudget.aggregation.event.ConsumedEvent;
import org.openbudget.aggregation.event.EventBinder;
import org.openbudget.common.event.CloudEvent;
import org.openbudget.common.event.CloudEventCodec;
import org.openbudget.common.event.EventContractException;
import org.openbudget.disclosure.event.EventSchemas;
import org.openbudget.disclosure.event.Violation;

import java.util.List;

/**
 * Reads a record as the contract says: a CloudEvents envelope (read by the CloudEvents SDK, common's
 * {@link CloudEventCodec}) of a type we consume, its {@code dataschema} — when it has one — the type's schema, the key
 * equal to the subject, the data valid against the type's JSON Schema (disclosure-model's {@link EventSchemas}, the producers' schemas), and
 * the data bound — once — to the type's record. Touches no infrastructure: whatever fails here is the record's own
 * fault ({@link EventContractException}, a dead letter; never for an outage).
 */
@ApplicationScoped
public class EventContract {

    private final CloudEventCodec codec;
    private final EventBinder binder;
    private final EventSchemas schemas = EventSchemas.shared();

    public EventContract(CloudEventCodec codec, EventBinder binder) {
        this.codec = codec;
        this.binder = binder;
    }

    public Received read(ConsumerRecord<String, String> record) {
        CloudEvent event = envelope(record);
        ConsumedEvent type = ConsumedEvent.of(event.type())
                .orElseThrow(() -> new EventContractException("unknown event type " + event.type()));
        // events written before dataschema existed have none; one that names another schema is not this type's data
        if (event.dataschema() != null && !event.dataschema().equals(type.contract().schemaId())) {
            throw new EventContractException("dataschema " + event.dataschema() + " is not the schema of " + event.type()
                    + " (" + type.contract().schemaId() + ")");
        }
        if (record.key() != null && !record.key().equals(event.subject())) {
            throw new EventContractException("record key " + record.key() + " differs from subject " + event.subject());
        }
        List<Violation> breaches = schemas.validate(type.contract(), event.data());
        if (!breaches.isEmpty()) {
            throw new EventContractException("data of " + event.type() + " breaks its schema: " + breaches);
        }
        return new Received(event, type, binder.bind(event.data(), type.data()));
    }

    private CloudEvent envelope(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new EventContractException("record has no value");
        }
        try {
            return codec.read(record.value());
        } catch (EventContractException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EventContractException("value is not readable as a CloudEvent: " + e, e);
        }
    }
}
