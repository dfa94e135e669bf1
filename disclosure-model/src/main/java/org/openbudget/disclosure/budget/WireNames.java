package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.Optional;

/**
 * The JSON names of the labelled enums ({@code vehiclePurchase}, {@code generalBudget} …), read from their
 * {@link JsonProperty} so that each name is written once, where Jackson reads it too.
 */
public final class WireNames {

    private WireNames() {
    }

    /** The constant's {@link JsonProperty} value; a constant without one is a programming error. */
    public static String of(Enum<?> constant) {
        try {
            JsonProperty p = constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
            if (p == null) {
                throw new IllegalStateException(constant.getDeclaringClass().getSimpleName() + "." + constant.name()
                        + " has no @JsonProperty wire name");
            }
            return p.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The constant of {@code type} whose wire name is {@code wireName}; empty for anything else. */
    public static <E extends Enum<E>> Optional<E> lookup(Class<E> type, String wireName) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> of(e).equals(wireName)).findFirst();
    }
}
