package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON names of the labelled enums ({@code vehiclePurchase}, {@code generalBudget} …), read from their
 * {@link JsonProperty} so that each name is written once, where Jackson reads it too. Read once per enum type:
 * roll-ups and validation look names up for every line of every budget.
 */
public final class WireNames {

    /** Per enum type: wire name → constant, in declaration order. */
    private static final ClassValue<Map<String, Enum<?>>> BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> names = new LinkedHashMap<>();
            for (Object constant : type.getEnumConstants()) {
                Enum<?> e = (Enum<?>) constant;
                names.put(read(e), e);
            }
            return Collections.unmodifiableMap(names);
        }
    };

    private WireNames() {
    }

    /** The constant's {@link JsonProperty} value; a constant without one is a programming error. */
    public static String of(Enum<?> constant) {
        for (Map.Entry<String, Enum<?>> e : BY_NAME.get(constant.getDeclaringClass()).entrySet()) {
            if (e.getValue() == constant) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("no wire name for " + constant);
    }

    /** The constant of {@code type} whose wire name is {@code wireName}; empty for anything else. */
    public static <E extends Enum<E>> Optional<E> lookup(Class<E> type, String wireName) {
        return Optional.ofNullable(BY_NAME.get(type).get(wireName)).map(type::cast);
    }

    private static String read(Enum<?> constant) {
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
}
