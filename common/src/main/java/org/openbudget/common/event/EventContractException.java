package org.openbudget.common.event;

/** A record that does not follow the event contract (docs/DESIGN.md §5): it can never be processed, retrying will not help. */
public class EventContractException extends RuntimeException {
    public EventContractException(String message) {
        super(message);
    }

    public EventContractException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The contract breach anywhere in {@code failure}'s cause chain (a transaction or a channel may wrap it), or null. */
    public static EventContractException in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EventContractException breach) {
                return breach;
            }
        }
        return null;
    }
}
