package org.openbudget.performance.lint;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The known 一级/二级 indicator frameworks (reference/performance_framework.md §1). Both are accepted:
 * <ul>
 *   <li>classic — 财预〔2015〕88号: 产出 (数量, 质量, 时效, 成本), 效益 (经济, 社会, 生态, 可持续影响), 满意度;</li>
 *   <li>2021 core indicators — 财预〔2021〕101号: 成本指标 becomes a first level of its own
 *       (经济成本, 社会成本, 生态环境成本).</li>
 * </ul>
 * Names are compared without whitespace; "产出" is recognised as 产出指标 but reported as non-canonical.
 */
public final class IndicatorFramework {

    public static final String OUTPUT = "产出指标";
    public static final String COST = "成本指标";
    public static final String OUTCOME = "效益指标";
    public static final String SATISFACTION = "满意度指标";

    static final Map<String, Set<String>> CLASSIC = framework(
            OUTPUT, List.of("数量指标", "质量指标", "时效指标", "成本指标"),
            OUTCOME, List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
            SATISFACTION, List.of("服务对象满意度指标"));

    static final Map<String, Set<String>> CORE_2021 = framework(
            OUTPUT, List.of("数量指标", "质量指标", "时效指标"),
            COST, List.of("经济成本指标", "社会成本指标", "生态环境成本指标"),
            OUTCOME, List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
            SATISFACTION, List.of("服务对象满意度指标"));

    private static final Map<String, Set<String>> UNION = union(CLASSIC, CORE_2021);

    private IndicatorFramework() {
    }

    /** The canonical name of a first-level indicator, if it is one of either framework. */
    public static Optional<String> level1(String name) {
        String canonical = canonical(name);
        return UNION.containsKey(canonical) ? Optional.of(canonical) : Optional.empty();
    }

    /** True when {@code level2} belongs under {@code level1} in either framework. */
    public static boolean belongs(String level1, String level2) {
        Set<String> children = UNION.get(canonical(level1));
        return children != null && children.contains(canonical(level2));
    }

    /** The second levels either framework allows under a first level (for messages). */
    public static Set<String> level2Of(String level1) {
        return UNION.getOrDefault(canonical(level1), Set.of());
    }

    public static Set<String> level1Names() {
        return UNION.keySet();
    }

    /** "产 出" and "产出" both become 产出指标. */
    public static String canonical(String name) {
        String squeezed = Rules.squeeze(name);
        return squeezed.isEmpty() || squeezed.endsWith("指标") ? squeezed : squeezed + "指标";
    }

    private static Map<String, Set<String>> framework(Object... pairs) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> children = (List<String>) pairs[i + 1];
            map.put((String) pairs[i], new LinkedHashSet<>(children));
        }
        return map;
    }

    @SafeVarargs
    private static Map<String, Set<String>> union(Map<String, Set<String>>... frameworks) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        for (Map<String, Set<String>> f : frameworks) {
            f.forEach((k, v) -> map.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
        }
        return map;
    }
}
