package org.openbudget.budget.departmentbudget;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.openbudget.common.problem.ProblemException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Enum items by the names they have in JSON ({@code vehicleOperation}), for path parameters. */
final class Items {

    private Items() {
    }

    static String name(Enum<?> item) {
        try {
            JsonProperty p = item.getDeclaringClass().getField(item.name()).getAnnotation(JsonProperty.class);
            return p == null ? item.name() : p.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        for (E e : type.getEnumConstants()) {
            if (name(e).equals(value)) {
                return e;
            }
        }
        throw ProblemException.invalid(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Items::name).collect(Collectors.joining(", ")));
    }
}
