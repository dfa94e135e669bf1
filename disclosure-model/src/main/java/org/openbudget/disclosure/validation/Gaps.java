package org.openbudget.disclosure.validation;

import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares stated figures with what they should be for one subject and turns the gaps into findings: a gap
 * within the rounding allowance is rounding-info, any other gap an error. One finding per subject and
 * severity, listing every cell that differs.
 */
final class Gaps {

    private final String rule;
    private final String subject;
    private final String what;
    private final AmountUnit unit;
    private final Severity beyondRounding;
    private final Map<Severity, List<Figure>> figures = new EnumMap<>(Severity.class);
    private final Map<Severity, Set<String>> cells = new EnumMap<>(Severity.class);

    Gaps(String rule, String subject, String what, AmountUnit inputUnit) {
        this(rule, subject, what, inputUnit, Severity.ERROR);
    }

    /** @param beyondRounding the severity of a gap larger than the rounding allowance (error, or warning for soft rules) */
    Gaps(String rule, String subject, String what, AmountUnit inputUnit, Severity beyondRounding) {
        this.rule = rule;
        this.subject = subject;
        this.what = what;
        this.unit = inputUnit;
        this.beyondRounding = beyondRounding;
    }

    /**
     * @param summedCells how many rounded cells make up the comparison; each may be 0.005 off in a
     *                    document rounded to 0.01 万元, which is why the allowance grows with it
     * @param involved    the cells the expected figure is computed from
     */
    void compare(String cell, String label, BigDecimal stated, BigDecimal expected, int summedCells, List<String> involved) {
        if (stated == null && expected == null) {
            return;
        }
        BigDecimal gap = Amounts.orZero(stated).subtract(Amounts.orZero(expected));
        if (gap.signum() == 0) {
            return;
        }
        BigDecimal tolerance = allowance(unit, summedCells);
        Severity severity = gap.abs().compareTo(tolerance) <= 0 ? Severity.ROUNDING_INFO : beyondRounding;
        figures.computeIfAbsent(severity, s -> new ArrayList<>()).add(new Figure(cell, label, shown(stated),
                shown(Amounts.orZero(expected)), shown(gap), shown(tolerance)));
        Set<String> all = cells.computeIfAbsent(severity, s -> new LinkedHashSet<>());
        all.add(cell);
        all.addAll(involved);
    }

    /** 0.01 万元 per summed cell for figures entered in 万元; exact figures entered in 元 get none. */
    static BigDecimal allowance(AmountUnit inputUnit, int summedCells) {
        return inputUnit == AmountUnit.WAN_YUAN
                ? inputUnit.stepInYuan().multiply(BigDecimal.valueOf(Math.max(1, summedCells)))
                : BigDecimal.ZERO;
    }

    List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        figures.forEach((severity, list) -> {
            String detail = list.stream().map(f -> f.label() + " " + f.stated() + " ≠ " + f.expected())
                    .collect(Collectors.joining("; "));
            String suffix = severity == Severity.ROUNDING_INFO
                    ? " — within the rounding of figures entered in " + unit.label() : "";
            out.add(new Finding(rule, severity, subject, subject + ": " + what + " (" + unit.label() + "): " + detail + suffix,
                    List.copyOf(cells.get(severity)), List.copyOf(list)));
        });
        return out;
    }

    private BigDecimal shown(BigDecimal yuan) {
        return yuan == null ? null : unit.fromYuan(yuan);
    }
}
