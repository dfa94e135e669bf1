package org.openbudget.seeds.parse;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which of the nine tables a printed table is, from its column structure first and its title second (#14): the
 * headings say what the columns are (收入 sources, 基本/项目支出, 人员/公用经费, the "三公" items, the three
 * funds), the code columns say whether rows are classification codes (类/款/项 or 科目编码) or labels of a
 * two-sided table. The title only decides what the columns cannot: which fund a 基本/项目 table is about, and
 * only by the fund's name, so prefixes (部门/单位/预算单位, a year, "表1", "一、") and wording around it do not
 * matter.
 */
public final class TableClassifier {

    private static final Pattern WORD_类 = Pattern.compile("(?:^|\\s)类(?:\\s|$)", Pattern.MULTILINE);
    private static final Pattern WORD_款 = Pattern.compile("(?:^|\\s)款(?:\\s|$)", Pattern.MULTILINE);

    private TableClassifier() {
    }

    /**
     * @param title  the title line as printed (may be null when none is printed above the unit line)
     * @param header the heading lines between the unit line and the first row, as printed
     */
    public static Optional<TableKind> classify(String title, String header) {
        String t = Texts.squeeze(title);
        String h = Texts.squeeze(header);
        if (h.contains("因公出国") || h.contains("公务接待") || t.contains("三公")) {
            return Optional.of(TableKind.THREE_PUBLIC);
        }
        // code columns: the words 类 and 款 standing alone over them, or a 科目编码 heading (not 分类, not 拨款)
        boolean coded = WORD_类.matcher(header == null ? "" : header).find() && WORD_款.matcher(header).find()
                || h.contains("编码") || h.contains("科目代码");
        if (!coded) {
            if (!h.contains("预算数") && !(h.contains("项目") && h.contains("收入") && h.contains("支出"))) {
                return Optional.empty();
            }
            // two-sided: the appropriation summary splits expenditure by the three funds; the overall one does not
            boolean byFund = h.contains("政府性基金") && h.contains("国有资本经营");
            boolean byType = h.contains("人员经费") || h.contains("项目支出") || h.contains("事业收入");
            if (byFund && !byType || !byType && t.contains("财政拨款收支")) {
                return Optional.of(TableKind.FISCAL_SUMMARY);
            }
            return Optional.of(TableKind.SUMMARY);
        }
        if (h.contains("人员经费") && h.contains("公用经费") && !h.contains("项目支出")) {
            return Optional.of(TableKind.BASIC_ECONOMIC);
        }
        if (h.contains("事业收入") || h.contains("财政拨款收入") || h.contains("其他收入")) {
            return Optional.of(TableKind.REVENUE);
        }
        if (h.contains("基本支出") || h.contains("项目支出")) {
            String both = h + "|" + t;
            if (both.contains("政府性基金") || both.contains("政府基金")) {
                return Optional.of(TableKind.GOVERNMENT_FUND);
            }
            if (both.contains("国有资本经营")) {
                return Optional.of(TableKind.STATE_CAPITAL);
            }
            if (both.contains("一般公共预算")) {
                return Optional.of(TableKind.GENERAL_BUDGET);
            }
            return Optional.of(TableKind.EXPENDITURE);
        }
        return Optional.empty();
    }
}
