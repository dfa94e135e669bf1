package org.openbudget.disclosure.event.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import jakarta.validation.Constraint;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import org.openbudget.disclosure.event.EventType;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Generates the JSON Schema (draft 2020-12) of an event's {@code data} from the producer's payload record — the one
 * configuration every producer uses, so the five schemas follow the same rules:
 * <ul>
 *   <li>properties in the record's order, enums as their wire names ({@code @JsonValue} or
 *       {@code @JsonProperty}), dates as
 *       {@code format: date}/{@code date-time};</li>
 *   <li>required = what Jackson always writes (a primitive, or any property of a record without a
 *       {@code @JsonInclude} that drops nulls), or {@code @NotNull}/{@code @JsonProperty(required = true)};</li>
 *   <li>nullable = a reference type without {@code @NotNull}; Jakarta constraints become keywords
 *       ({@code @Size}, {@code @DecimalMin} also through composed constraints such as {@code @Amount},
 *       {@code @Digits(fraction = 2)} → {@code multipleOf 0.01}, {@code @Pattern} anchored);</li>
 *   <li>objects are closed ({@code additionalProperties: false}), {@code @JsonUnwrapped} members merged into
 *       their parent; an {@code Object}-typed property is any JSON object;</li>
 *   <li>plus the {@link ContractRules} of the producer.</li>
 * </ul>
 */
public final class EventSchemaGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Predicate<Annotation> COMPOSED_CONSTRAINTS =
            a -> a.annotationType().isAnnotationPresent(Constraint.class);

    private EventSchemaGenerator() {
    }

    public static ObjectNode generate(EventType type, Class<?> payload, ContractRules rules) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(JSON, SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE,
                        JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY, JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED))
                .with(Option.NULLABLE_FIELDS_BY_DEFAULT, Option.STANDARD_FORMATS, Option.PLAIN_DEFINITION_KEYS);
        // the record's order is the order Jackson writes
        config.forTypesInGeneral().withPropertySorter((a, b) -> 0);
        config.forTypesInGeneral().withCustomDefinitionProvider((javaType, context) ->
                javaType.getErasedType() == Object.class
                        ? new CustomDefinition(JSON.createObjectNode().put("type", "object"), true)
                        : null);
        config.forTypesInGeneral().withAdditionalPropertiesResolver(scope -> {
            Class<?> erased = scope.getType().getErasedType();
            boolean container = scope.isContainerType() || Map.class.isAssignableFrom(erased)
                    || erased == Object.class || erased.isPrimitive() || erased.isEnum()
                    || erased.getName().startsWith("java.") || JsonNode.class.isAssignableFrom(erased);
            return container || rules.isOpen(erased) ? null : Void.class;
        });
        config.forFields()
                .withRequiredCheck(field -> isRequired(field, rules))
                .withNullableCheck(field -> rules.isNonNull(owner(field), name(field)) ? Boolean.FALSE : null)
                .withStringPatternResolver(field -> pattern(field, rules))
                .withStringMinLengthResolver(field -> rules.minLength(owner(field), name(field)))
                .withNumberInclusiveMinimumResolver(field -> rules.minimum(owner(field), name(field)))
                .withNumberInclusiveMaximumResolver(field -> rules.maximum(owner(field), name(field)))
                .withNumberMultipleOfResolver(EventSchemaGenerator::multipleOf)
                .withEnumResolver(field -> rules.values(owner(field), name(field)));

        ObjectNode generated = new SchemaGenerator(config.build()).generateSchema(payload);
        Set<String> unused = rules.unused();
        if (!unused.isEmpty()) {
            throw new IllegalStateException("contract rules name no property of " + payload.getName()
                    + " (renamed or removed?): " + unused);
        }
        mergeUnwrapped(generated);
        return withHeader(type, payload, generated);
    }

    private static Boolean isRequired(FieldScope field, ContractRules rules) {
        if (field.isFakeContainerItemScope()) {
            return false;
        }
        Class<?> owner = owner(field);
        String name = name(field);
        if (rules.isOptional(owner, name)) {
            return false;
        }
        if (rules.isRequired(owner, name) || field.getType().isPrimitive()) {
            return true;
        }
        return !dropsNulls(field.getAnnotationConsideringFieldAndGetter(JsonInclude.class))
                && !dropsNulls(owner.getAnnotation(JsonInclude.class));
    }

    private static boolean dropsNulls(JsonInclude include) {
        return include != null && include.value() != JsonInclude.Include.ALWAYS
                && include.value() != JsonInclude.Include.USE_DEFAULTS;
    }

    /** A rule's pattern, else the record's {@code @Pattern} — anchored, as Jakarta matches the whole text. */
    private static String pattern(FieldScope field, ContractRules rules) {
        String regex = rules.pattern(owner(field), name(field));
        if (regex == null) {
            Pattern annotated = field.isFakeContainerItemScope()
                    ? field.getContainerItemAnnotationConsideringFieldAndGetter(Pattern.class, COMPOSED_CONSTRAINTS)
                    : field.getAnnotationConsideringFieldAndGetter(Pattern.class, COMPOSED_CONSTRAINTS);
            regex = annotated == null ? null : annotated.regexp();
        }
        if (regex == null) {
            return null;
        }
        return regex.startsWith("^") && regex.endsWith("$") ? regex : "^(?:" + regex + ")$";
    }

    /** {@code @Digits(fraction = 2)}, also inside {@code @Amount}: a cent is the smallest step. */
    private static BigDecimal multipleOf(FieldScope field) {
        if (field.isFakeContainerItemScope()) {
            return null;
        }
        Digits digits = field.getAnnotationConsideringFieldAndGetter(Digits.class, COMPOSED_CONSTRAINTS);
        return digits == null ? null : BigDecimal.ONE.movePointLeft(digits.fraction());
    }

    private static Class<?> owner(FieldScope field) {
        return field.getDeclaringType().getErasedType();
    }

    /** The JSON name; {@code name[]} for the items of a list. */
    private static String name(FieldScope field) {
        return field.getSchemaPropertyName() + (field.isFakeContainerItemScope() ? "[]" : "");
    }

    /**
     * victools writes a {@code @JsonUnwrapped} member as {@code allOf} parts beside the parent's own properties;
     * with closed objects each part would refuse the other's properties. One object with all of them says what
     * Jackson writes.
     */
    private static void mergeUnwrapped(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode allOf = object.get("allOf");
            if (allOf != null && object.has("properties") && allOfObjects(allOf)) {
                ObjectNode properties = (ObjectNode) object.get("properties");
                List<String> required = new ArrayList<>();
                object.path("required").forEach(r -> required.add(r.asText()));
                for (JsonNode part : allOf) {
                    part.get("properties").properties().forEach(e -> properties.set(e.getKey(), e.getValue()));
                    part.path("required").forEach(r -> {
                        if (!required.contains(r.asText())) {
                            required.add(r.asText());
                        }
                    });
                }
                object.remove("allOf");
                if (!required.isEmpty()) {
                    ArrayNode list = JSON.createArrayNode();
                    required.forEach(list::add);
                    object.set("required", list);
                }
            }
            object.elements().forEachRemaining(EventSchemaGenerator::mergeUnwrapped);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(EventSchemaGenerator::mergeUnwrapped);
        }
    }

    private static boolean allOfObjects(JsonNode allOf) {
        for (Iterator<JsonNode> parts = allOf.elements(); parts.hasNext(); ) {
            JsonNode part = parts.next();
            if (!part.isObject() || !part.has("properties")) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode withHeader(EventType type, Class<?> payload, ObjectNode generated) {
        ObjectNode schema = JSON.createObjectNode();
        schema.set("$schema", generated.get("$schema"));
        schema.put("$id", type.schemaId());
        schema.put("title", type.title() + " (data of CloudEvents type " + type.type() + ")");
        schema.put("description", type.description() + " Producer: " + type.producer() + ", topic " + type.topic()
                + ". Generated from " + payload.getName() + " — do not edit; see EventSchemaGenerator.");
        generated.properties().forEach(e -> {
            if (!e.getKey().equals("$schema")) {
                schema.set(e.getKey(), e.getValue());
            }
        });
        return schema;
    }
}
