package org.openbudget.aggregation.rollup;

import org.openbudget.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A dashboard question, validated: which year, which region (a county's 6-digit code, or a shorter
 * prefix: 2 digits a province, 4 a prefecture; none = everything), which dimension to drill into
 * (optionally crossed with {@code department}), which cuts, which scope, and how to order and page.
 */
public record RollupRequest(int year, String region, Dimension drilldown, boolean byDepartment,
                            List<Cut> cuts, Scope scope, String order, int page, int pageSize) {

    /** A filter {@code dimension:item}, e.g. {@code functional.类:201} or {@code department:434}. */
    public record Cut(Dimension dimension, String item) {
    }

    private static final Pattern REGION = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");

    public static RollupRequest parse(int year, String region, List<String> drilldown, List<String> cuts,
                                      String scope, String order, int page, int pageSize) {
        if (region != null && !region.isBlank() && !REGION.matcher(region).matches()) {
            throw ProblemException.invalid("region", "must be a 2-digit province, 4-digit prefecture or 6-digit county code");
        }
        List<Dimension> dims = new ArrayList<>();
        for (String d : split(drilldown)) {
            dims.add(Dimension.of(d).orElseThrow(() ->
                    ProblemException.invalid("drilldown", "unknown dimension '" + d + "'; one of " + Dimension.names())));
        }
        if (dims.isEmpty()) {
            dims.add(Dimension.DEPARTMENT);
        }
        boolean byDepartment = dims.remove(Dimension.DEPARTMENT);
        if (dims.size() > 1) {
            throw ProblemException.invalid("drilldown", "at most one dimension besides department");
        }
        Dimension drill = dims.isEmpty() ? Dimension.DEPARTMENT : dims.get(0);
        if (drill == Dimension.DEPARTMENT) {
            byDepartment = false; // drilling by department alone: its rows are departments already
        }
        List<Cut> parsedCuts = new ArrayList<>();
        for (String c : split(cuts)) {
            int colon = c.lastIndexOf(':');
            if (colon <= 0 || colon == c.length() - 1) {
                throw ProblemException.invalid("cut", "must be dimension:item, e.g. functional.类:201, not '" + c + "'");
            }
            Dimension d = Dimension.of(c.substring(0, colon)).orElseThrow(() ->
                    ProblemException.invalid("cut", "unknown dimension in '" + c + "'; one of " + Dimension.names()));
            parsedCuts.add(new Cut(d, c.substring(colon + 1)));
        }
        Scope parsedScope = switch (scope == null ? "current" : scope) {
            case "current" -> Scope.CURRENT;
            case "published" -> Scope.PUBLISHED;
            default -> throw ProblemException.invalid("scope", "must be current or published");
        };
        String parsedOrder = order == null ? "item" : order;
        if (!List.of("item", "-item", "amount", "-amount").contains(parsedOrder)) {
            throw ProblemException.invalid("order", "must be item, -item, amount or -amount");
        }
        RollupRequest request = new RollupRequest(year, region == null || region.isBlank() ? null : region, drill,
                byDepartment, List.copyOf(parsedCuts), parsedScope, parsedOrder, page, pageSize);
        request.checkCombination();
        return request;
    }

    /** The same question in another scope (the caller's default, {@code security.DraftAccess}). */
    public RollupRequest withScope(Scope other) {
        return new RollupRequest(year, region, drilldown, byDepartment, cuts, other, order, page, pageSize);
    }

    /** The departments a {@code department:} cut narrows the answer to; empty when it is not narrowed. */
    public List<String> departmentCuts() {
        return cuts.stream().filter(c -> c.dimension() == Dimension.DEPARTMENT).map(Cut::item).toList();
    }

    /** The combinations the stored roll-ups answer without adding up raw rows. */
    private void checkCombination() {
        long otherCuts = cuts.stream().filter(c -> c.dimension() != Dimension.DEPARTMENT).count();
        for (Cut cut : cuts) {
            boolean sameScheme = drilldown.scheme().isPresent() && drilldown.scheme().equals(cut.dimension().scheme());
            boolean ok = cut.dimension() == Dimension.DEPARTMENT || sameScheme || cut.dimension() == drilldown
                    || drilldown == Dimension.DEPARTMENT && otherCuts == 1;
            if (!ok) {
                throw ProblemException.invalid("cut", "cannot cut " + drilldown.wire() + " by " + cut.dimension().wire()
                        + ": cut by department, by the same classification (e.g. functional.类:201 for functional.款), "
                        + "or drill down by department");
            }
        }
    }

    private static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            }
        }
        return out;
    }
}
