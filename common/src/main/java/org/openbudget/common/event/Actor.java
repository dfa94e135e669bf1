package org.openbudget.common.event;

/**
 * Who made a change: the token's subject and the client it was issued to. {@link #NONE} for changes no signed-in
 * request made (start-up work, the catalogs bundled with the service).
 */
public record Actor(String subject, String client) {

    public static final Actor NONE = new Actor(null, null);
}
