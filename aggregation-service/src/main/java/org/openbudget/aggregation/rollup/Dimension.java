package org.openbudget.aggregation.rollup;

import java.util.Arrays;
import java.util.Optional;

/** The dimensions a dashboard can drill into, with their wire names. */
public enum Dimension {
    DEPARTMENT("department"),
    FUNCTIONAL_CLASS("functional.类"),
    FUNCTIONAL_SECTION("functional.款"),
    FUNCTIONAL_ITEM("functional.项"),
    ECONOMIC_CLASS("economic.类"),
    ECONOMIC_SECTION("economic.款"),
    FUND("fund"),
    TYPE("type"),
    THREE_PUBLIC("threePublic"),
    AGENCY_OPERATION("agencyOperation"),
    PRIOR_YEAR("priorYear"),
    ASSETS("assets"),
    PROCUREMENT("procurement"),
    PERFORMANCE("performance");

    private final String wire;

    Dimension(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** functional or economic for the classification dimensions, else empty. */
    public Optional<String> scheme() {
        return wire.contains(".") ? Optional.of(wire.substring(0, wire.indexOf('.'))) : Optional.empty();
    }

    public static Optional<Dimension> of(String wire) {
        return Arrays.stream(values()).filter(d -> d.wire.equals(wire)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Dimension::wire).toList());
    }
}
