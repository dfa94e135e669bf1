package org.openbudget.seeds.parse;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Printed amounts: "394.30" (万元 tables), "9,501,164" (元 tables with thousands separators), "6.4".
 * The figure is kept exactly as printed, scale included; nothing is rounded here.
 */
public final class AmountText {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");

    private AmountText() {
    }

    public static boolean isAmount(String cell) {
        return cell != null && AMOUNT.matcher(cell.strip()).matches();
    }

    /** Empty for a blank cell; the figure for an amount; {@code null} when the cell holds something else. */
    public static Optional<BigDecimal> parse(String cell) {
        String s = cell == null ? "" : cell.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (!AMOUNT.matcher(s).matches()) {
            return null;
        }
        return Optional.of(new BigDecimal(s.replace(",", "")));
    }
}
