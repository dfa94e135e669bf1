package org.openbudget.common.problem;

import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.List;

/** Renders Jackson's reference chain as the JSON path a client recognises: {@code units[2].nature}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<JsonMappingException.Reference> path) {
        if (path == null || path.isEmpty()) {
            return "$";
        }
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "$" : sb.toString();
    }
}
