package org.openbudget.aggregation.intake;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openbudget.aggregation.event.ConsumedEvent;
import org.openbudget.aggregation.event.EventBinder;
import org.openbudget.common.event.CloudEvent;
import org.openbudget.common.event.CloudEventCodec;
import org.openbudget.common.event.EventContractException;

/**
 * Reads a record as the contract says: a CloudEvents envelope of a type we consume, the key equal to the subject, and
 * the data bound — once — to the type's record. Touches no infrastructure: whatever fails here is the record's own
 * fault ({@link EventContractException}, a dead letter).
 */
@ApplicationScoped
public class EventContract {

    private final CloudEventCodec codec;
    private final EventBinder binder;

    public EventContract(CloudEventCodec codec, EventBinder binder) {
        this.codec = codec;
        this.binder = binder;
    }

    public Received read(ConsumerRecord<String, String> record) {
        CloudEvent event = envelope(record);
        ConsumedEvent type = ConsumedEvent.of(event.type())
                .orElseThrow(() -> new EventContractException("unknown event type " + event.type()));
        if (record.key() != null && !record.key().equals(event.subject())) {
            throw new EventContractException("record key " + record.key() + " differs from subject " + event.subject());
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
