package org.openbudget.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A request string breaking its {@link TextRule}. A {@link JsonMappingException}, so that Jackson prepends the
 * JSON path as it unwinds ({@code units[0].name}) and the problem mappers answer 400 naming that field. The
 * message never repeats the offending text.
 */
public class UnsafeTextException extends JsonMappingException {

    public UnsafeTextException(JsonParser parser, String message) {
        super(parser, message);
    }
}
