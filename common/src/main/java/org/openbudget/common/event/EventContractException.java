package org.openbudget.common.event;

/** A record that does not follow the event contract (DESIGN §5): it can never be processed, retrying will not help. */
public class EventContractException extends RuntimeException {
    public EventContractException(String message) {
        super(message);
    }

    public EventContractException(String message, Throwable cause) {
        super(message, cause);
    }
}
