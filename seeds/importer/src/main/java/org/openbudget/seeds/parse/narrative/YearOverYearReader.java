package org.openbudget.seeds.parse.narrative;

import org.openbudget.disclosure.budget.PriorYearItem;
import org.openbudget.seeds.parse.Texts;
import org.openbudget.seeds.parse.WarningKind;
import org.openbudget.seeds.parse.Warnings;
import org.openbudget.seeds.parse.model.YearOverYear;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the year-over-year statements of the explanatory sections — "基本支出减少18.4万元，减少5.19%，
 * 主要原因是人员减少", "公务用车运行维护费1.2万元，与上年持平，因…" — into prior-year amounts and reasons.
 * The current amount comes from the tables (the sentences are computed from them); the prior-year amount
 * is derived from it and the printed change, with a warning; a printed percentage that does not fit is
 * reported. Amounts are in the text's unit, 万元.
 */
public final class YearOverYearReader {

    /** Item keywords, longest first so that 公务用车购置及运行费 is not read as 公务用车运行费. */
    private static final List<Map.Entry<String, String>> ITEMS = List.of(
            Map.entry("公务用车购置及运行维护费", "vehicle"),
            Map.entry("公务用车购置及运维费", "vehicle"),
            Map.entry("公务用车购置及运行费", "vehicle"),
            Map.entry("公务用车运行维护费", "vehicleOperation"),
            Map.entry("公务用车运行费", "vehicleOperation"),
            Map.entry("公务用车购置费", "vehiclePurchase"),
            Map.entry("因公出国（境）", "outbound"),
            Map.entry("公务接待费", "reception"),
            Map.entry("三公“经费", "threePublic"),
            Map.entry("三公经费", "threePublic"),
            Map.entry("机关运行经费", "agencyOperation"),
            Map.entry("一般公共预算拨款支出", "generalBudgetExpenditure"),
            Map.entry("政府性基金拨款支出", "governmentFundExpenditure"),
            Map.entry("国有资本经营预算拨款支出", "stateCapitalExpenditure"),
            Map.entry("财政拨款收入", "appropriationRevenue"),
            Map.entry("财政拨款支出", "appropriationExpenditure"),
            Map.entry("基本支出", "basic"),
            Map.entry("项目支出", "project"),
            Map.entry("人员经费", "personnel"),
            Map.entry("公用经费", "publicUse"),
            Map.entry("预算收支", "total"),
            Map.entry("收支预算", "total"),
            Map.entry("收支安排", "total"));

    /** The prior-year items budget-service stores; the others are reported, not loaded. */
    private static final List<String> LOADABLE = Arrays.stream(PriorYearItem.values()).map(PriorYearItem::wireName).toList();

    private static final Pattern CHANGE = Pattern.compile("(减少|增加|下降|增长|上升)(\\d[\\d,]*(?:\\.\\d+)?)万元");
    private static final Pattern SAME = Pattern.compile("持平");
    private static final Pattern PERCENT = Pattern.compile("^(?:.*?)(减少|增加|下降|增长|上升)(\\d+(?:\\.\\d+)?)%$");
    private static final Pattern STATED = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)万元");
    private static final Pattern YEAR_ONLY = Pattern.compile("^\\d{4}年(度)?$");
    private static final Pattern ENUMERATION = Pattern.compile("^(?:[（(][一二三四五六七八九十\\d]+[)）]|\\d+[.、．])");

    private final Warnings warnings;
    private final Map<String, BigDecimal> current;
    private final String unit;

    /**
     * @param current the current-year amount of each item as the tables print it, in {@code unit}; a
     *                missing item is blank (0)
     */
    public YearOverYearReader(Warnings warnings, Map<String, BigDecimal> current, String unit) {
        this.warnings = warnings;
        this.current = current;
        this.unit = unit;
    }

    public List<YearOverYear> read(List<Paragraph> paragraphs) {
        List<YearOverYear> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            String pending = null;
            for (String sentence : p.text().split("。")) {
                for (String clause : sentence.split("；|;|其中[：:]")) {
                    String c = ENUMERATION.matcher(clause.strip()).replaceFirst("").strip();
                    if (c.isEmpty()) {
                        continue;
                    }
                    pending = clause(p.line(), c, pending, out);
                }
            }
        }
        return out;
    }

    /** Reads one clause; answers the item a following clause without an item refers to. */
    private String clause(int line, String clause, String pending, List<YearOverYear> out) {
        String[] parts = clause.split("，|,");
        int itemPart = -1;
        String item = null;
        for (int i = 0; i < parts.length && item == null; i++) {
            item = item(parts[i]).orElse(null);
            itemPart = item == null ? -1 : i;
        }
        int changePart = -1;
        for (int i = 0; i < parts.length && changePart < 0; i++) {
            if (CHANGE.matcher(parts[i]).find() && !parts[i].contains("%") || SAME.matcher(parts[i]).find()) {
                changePart = i;
            }
        }
        if (changePart < 0) {
            return item;
        }
        if (item == null) {
            if (pending == null) {
                return null;
            }
            item = pending;
        }
        if (!LOADABLE.contains(item)) {
            warnings.add(line, WarningKind.NOT_LOADED, "year-over-year statement \"" + clause + "\": budget-service keeps no prior-year figure for it");
            return null;
        }
        String direction;
        BigDecimal change;
        Matcher m = CHANGE.matcher(parts[changePart]);
        if (m.find()) {
            direction = switch (m.group(1)) {
                case "减少", "下降" -> "decrease";
                default -> "increase";
            };
            change = new BigDecimal(m.group(2).replace(",", ""));
        } else {
            direction = "same";
            change = BigDecimal.ZERO.setScale(2);
        }
        BigDecimal now = current.getOrDefault(item, BigDecimal.ZERO.setScale(2));
        if (itemPart >= 0 && itemPart != changePart) {
            Matcher stated = STATED.matcher(parts[itemPart]);
            if (stated.find()) {
                BigDecimal printed = new BigDecimal(stated.group(1).replace(",", ""));
                if (printed.compareTo(now) != 0) {
                    warnings.add(line, WarningKind.MISMATCH, "the text states " + item + " " + printed + " " + unit
                            + " but the tables print " + now.toPlainString() + " " + unit);
                }
            }
        }
        BigDecimal prior = switch (direction) {
            case "decrease" -> now.add(change);
            case "increase" -> now.subtract(change);
            default -> now;
        };
        prior = prior.setScale(Math.max(2, prior.scale()), RoundingMode.UNNECESSARY);
        if (prior.signum() < 0) {
            warnings.add(line, WarningKind.SKIPPED, "year-over-year statement \"" + clause + "\" skipped: it implies a negative prior-year amount "
                    + prior.toPlainString());
            return null;
        }
        BigDecimal percent = null;
        List<String> reason = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            Matcher pm = PERCENT.matcher(part);
            if (i == changePart || part.isEmpty() || YEAR_ONLY.matcher(part).matches()) {
                continue;
            }
            if (pm.matches()) {
                percent = new BigDecimal(pm.group(2));
                continue;
            }
            if (i == itemPart && STATED.matcher(part).find()) {
                continue;
            }
            if (part.equals("无增减变化")) {
                continue;
            }
            reason.add(part);
        }
        checkPercent(line, item, change, prior, percent);
        warnings.add(line, WarningKind.DERIVED, "prior-year " + item + " " + prior.toPlainString() + " " + unit + " = "
                + now.toPlainString() + describe(direction, change));
        out.add(new YearOverYear(line, item, now, direction, change, percent, prior, unit,
                reason.isEmpty() ? null : String.join("，", reason)));
        return null;
    }

    private void checkPercent(int line, String item, BigDecimal change, BigDecimal prior, BigDecimal percent) {
        if (percent == null || prior.signum() == 0) {
            return;
        }
        BigDecimal computed = change.multiply(BigDecimal.valueOf(100)).divide(prior, 2, RoundingMode.HALF_UP);
        if (computed.subtract(percent).abs().compareTo(new BigDecimal("0.01")) > 0) {
            warnings.add(line, WarningKind.MISMATCH, "the text states a change of " + percent + "% for " + item + "; "
                    + change.toPlainString() + " / " + prior.toPlainString() + " is " + computed + "%");
        }
    }

    private static String describe(String direction, BigDecimal change) {
        return switch (direction) {
            case "decrease" -> " + " + change.toPlainString() + " (printed decrease)";
            case "increase" -> " − " + change.toPlainString() + " (printed increase)";
            default -> " (printed 持平: unchanged)";
        };
    }

    private static Optional<String> item(String part) {
        String s = Texts.squeeze(part);
        return ITEMS.stream().filter(e -> s.contains(e.getKey())).map(Map.Entry::getValue).findFirst();
    }
}
