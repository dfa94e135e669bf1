package org.openbudget.disclosure.event.schema;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a payload record does not say by itself but the event contract promises: a property that is never null, a
 * code's pattern, a lower bound, the values of a text field, an object that stays open to additions, a property
 * older events lack. Each rule names a record and a JSON property name ({@code "duties[]"} for the items of a list);
 * the generator fails when a rule names no property, so a rule cannot outlive the record component it was for.
 *
 * <p>A rule here is a stand-in for an annotation the generator would read from the record itself
 * ({@code @NotNull}, {@code @Pattern}, {@code @Min}, {@code @JsonProperty(required = true)}): when the owner adds
 * the annotation, the rule goes.
 */
public final class ContractRules {

    private final Map<String, Set<String>> flags = new HashMap<>();
    private final Map<String, String> patterns = new HashMap<>();
    private final Map<String, BigDecimal> minimums = new HashMap<>();
    private final Map<String, BigDecimal> maximums = new HashMap<>();
    private final Map<String, Integer> minLengths = new HashMap<>();
    private final Map<String, List<String>> values = new HashMap<>();
    private final Set<Class<?>> open = new LinkedHashSet<>();
    private final Set<String> declared = new TreeSet<>();
    private final Set<String> used = new TreeSet<>();

    /** Never null on the wire, though the record's type allows it. */
    public ContractRules nonNull(Class<?> record, String... properties) {
        return flag("nonNull", record, properties);
    }

    /** Always present, though the record omits it when null. */
    public ContractRules required(Class<?> record, String... properties) {
        return flag("required", record, properties);
    }

    /** May be absent: events written before the property existed lack it (a rebuild replays them). */
    public ContractRules optional(Class<?> record, String... properties) {
        return flag("optional", record, properties);
    }

    /** A text matching {@code regex} in full (anchored by the generator). */
    public ContractRules pattern(Class<?> record, String property, String regex) {
        patterns.put(declare(record, property), regex);
        return this;
    }

    public ContractRules minimum(Class<?> record, String property, long minimum) {
        minimums.put(declare(record, property), BigDecimal.valueOf(minimum));
        return this;
    }

    /** The same lower bound for several properties, e.g. 0 for every amount of a record. */
    public ContractRules minimum(Class<?> record, long minimum, String... properties) {
        for (String property : properties) {
            minimum(record, property, minimum);
        }
        return this;
    }

    public ContractRules maximum(Class<?> record, String property, long maximum) {
        maximums.put(declare(record, property), BigDecimal.valueOf(maximum));
        return this;
    }

    /** A text of at least {@code length} characters ({@code 1}: never empty). */
    public ContractRules minLength(Class<?> record, String property, int length) {
        minLengths.put(declare(record, property), length);
        return this;
    }

    /** A text field that carries one of these values (one value: a constant). */
    public ContractRules values(Class<?> record, String property, String... allowed) {
        values.put(declare(record, property), List.of(allowed));
        return this;
    }

    /** Objects of this record may carry properties the schema does not list (all others may not). */
    public ContractRules open(Class<?> record) {
        open.add(record);
        return this;
    }

    boolean isNonNull(Class<?> record, String property) {
        return has("nonNull", record, property);
    }

    boolean isRequired(Class<?> record, String property) {
        return has("required", record, property);
    }

    boolean isOptional(Class<?> record, String property) {
        return has("optional", record, property);
    }

    String pattern(Class<?> record, String property) {
        return lookup(patterns, record, property);
    }

    BigDecimal minimum(Class<?> record, String property) {
        return lookup(minimums, record, property);
    }

    BigDecimal maximum(Class<?> record, String property) {
        return lookup(maximums, record, property);
    }

    Integer minLength(Class<?> record, String property) {
        return lookup(minLengths, record, property);
    }

    List<String> values(Class<?> record, String property) {
        return lookup(values, record, property);
    }

    boolean isOpen(Class<?> type) {
        return open.contains(type);
    }

    /** Rules that matched no property of the generated schema: the record changed under them. */
    Set<String> unused() {
        Set<String> unused = new TreeSet<>(declared);
        unused.removeAll(used);
        return unused;
    }

    private ContractRules flag(String kind, Class<?> record, String... properties) {
        for (String property : properties) {
            flags.computeIfAbsent(kind, k -> new TreeSet<>()).add(declare(record, property));
        }
        return this;
    }

    private boolean has(String kind, Class<?> record, String property) {
        String key = key(record, property);
        boolean hit = flags.getOrDefault(kind, Set.of()).contains(key);
        if (hit) {
            used.add(key);
        }
        return hit;
    }

    private <T> T lookup(Map<String, T> rules, Class<?> record, String property) {
        String key = key(record, property);
        T value = rules.get(key);
        if (value != null) {
            used.add(key);
        }
        return value;
    }

    private String declare(Class<?> record, String property) {
        String key = key(record, property);
        declared.add(key);
        return key;
    }

    private static String key(Class<?> record, String property) {
        return record.getName() + "#" + property;
    }
}
