package org.openbudget.disclosure;

import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.EconomicFigures;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.EconomicSection;
import org.openbudget.disclosure.budget.ExpenditureByType;
import org.openbudget.disclosure.budget.FunctionalExpenditure;
import org.openbudget.disclosure.budget.FunctionalFigures;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.FunctionalRevenue;
import org.openbudget.disclosure.budget.FunctionalSection;
import org.openbudget.disclosure.budget.Revenue;
import org.openbudget.disclosure.budget.ThreePublicItem;
import org.openbudget.disclosure.budget.ThreePublicLine;
import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures the seed document (seeds/000_089e20c77680147c.txt, 高邑县政府办 2022) prints in 万元, entered as a
 * department enters them — the functional rows of table 3 (all general budget, 基本/项目), the economic rows of table
 * 6, the "三公" rows of table 9 — and converted to 元 as the service stores them. Typed by hand from the printed
 * tables; the tables the model builds from them are compared with the printed tables in the tests.
 */
public final class SeedBudget {

    /** code, name, 基本支出, 项目支出 (万元), as table 3 / table 5 print them. */
    private static final String[][] FUNCTIONAL = {
            {"201", "一般公共服务支出", "258.93", "38.00"},
            {"20103", "政府办公厅（室）及相关机构事务", "258.93", "38.00"},
            {"2010301", "行政运行", "258.93", null},
            {"2010302", "一般行政管理事务", null, "38.00"},
            {"208", "社会保障和就业支出", "35.07", null},
            {"20805", "行政事业单位养老支出", "34.31", null},
            {"2080501", "行政单位离退休", "0.80", null},
            {"2080505", "机关事业单位基本养老保险缴费支出", "22.34", null},
            {"2080506", "机关事业单位职业年金缴费支出", "11.17", null},
            {"20827", "财政对其他社会保险基金的补助", "0.76", null},
            {"2082701", "财政对失业保险基金的补助", "0.06", null},
            {"2082702", "财政对工伤保险基金的补助", "0.70", null},
            {"210", "卫生健康支出", "25.50", null},
            {"21011", "行政事业单位医疗", "25.50", null},
            {"2101101", "行政单位医疗", "14.38", null},
            {"2101103", "公务员医疗补助", "11.13", null},
            {"211", "节能环保支出", null, "20.00"},
            {"21103", "污染防治", null, "20.00"},
            {"2110301", "大气", null, "20.00"},
            {"221", "住房保障支出", "16.79", null},
            {"22102", "住房改革支出", "16.79", null},
            {"2210201", "住房公积金", "16.79", null}};

    /** code, name, 人员经费, 公用经费 (万元), as table 6 prints them. */
    private static final String[][] ECONOMIC = {
            {"301", "工资福利支出", "283.68", null}, {"30101", "基本工资", "99.76", null},
            {"30102", "津贴补贴", "32.54", null}, {"30103", "奖金", "52.88", null}, {"30107", "绩效工资", "2.73", null},
            {"30108", "机关事业单位基本养老保险缴费", "22.34", null}, {"30109", "职业年金缴费", "11.17", null},
            {"30110", "职工基本医疗保险缴费", "14.38", null}, {"30111", "公务员医疗补助缴费", "11.13", null},
            {"30112", "其他社会保障缴费", "0.76", null}, {"30113", "住房公积金", "16.79", null},
            {"30199", "其他工资福利支出", "19.19", null}, {"302", "商品和服务支出", null, "47.65"},
            {"30201", "办公费", null, "8.62"}, {"30202", "印刷费", null, "1.08"}, {"30207", "邮电费", null, "16.64"},
            {"30211", "差旅费", null, "2.00"}, {"30217", "公务接待费", null, "0.31"},
            {"30231", "公务用车运行维护费", null, "1.20"}, {"30239", "其他交通费用", null, "17.00"},
            {"30299", "其他商品和服务支出", null, "0.80"}, {"303", "对个人和家庭的补助", "4.97", null},
            {"30305", "生活补助", "4.97", null}};

    private SeedBudget() {
    }

    /** 万元 → 元, blank stays blank. */
    public static BigDecimal yuan(String wan) {
        return wan == null ? null : AmountUnit.WAN_YUAN.toYuan(new BigDecimal(wan));
    }

    public static List<FunctionalLine> functionalLines() {
        List<FunctionalLine> lines = new ArrayList<>();
        for (String[] l : FUNCTIONAL) {
            BigDecimal basic = yuan(l[2]);
            BigDecimal project = yuan(l[3]);
            BigDecimal all = basic == null ? project : project == null ? basic : basic.add(project);
            lines.add(new FunctionalLine(l[0], l[1], appropriation(all), general(basic, project)));
        }
        return lines;
    }

    public static List<EconomicLine> economicLines() {
        List<EconomicLine> lines = new ArrayList<>();
        for (String[] l : ECONOMIC) {
            lines.add(new EconomicLine(l[0], l[1], yuan(l[2]), yuan(l[3])));
        }
        return lines;
    }

    /** As the seed states it: the printed 合计 rows given (394.30, 336.30 + 58.00; 288.65 + 47.65), 三公 as table 9. */
    public static BudgetContent content() {
        FunctionalFigures total = new FunctionalFigures(appropriation(yuan("394.30")), general(yuan("336.30"), yuan("58.00")));
        return content(new FunctionalSection(total, functionalLines()),
                new EconomicSection(new EconomicFigures(yuan("288.65"), yuan("47.65")), economicLines()), threePublic());
    }

    /** The same without any printed 合计: every total derived from the 类 rows. */
    public static BudgetContent contentWithoutTotals() {
        return content(new FunctionalSection(null, functionalLines()), new EconomicSection(null, economicLines()), threePublic());
    }

    public static BudgetContent content(FunctionalSection functional, EconomicSection economic, List<ThreePublicLine> threePublic) {
        return new BudgetContent(AmountUnit.YUAN, new Revenue(yuan("394.30"), null, null, null, null, null, null, null, null),
                null, functional, economic, threePublic, List.of());
    }

    /** Table 9 as the seed prints it: 合计 and 小计 1.51, 公务用车购置及运维费 1.20, of it 运行维护 1.20, 公务接待费 0.31. */
    public static List<ThreePublicLine> threePublic() {
        return List.of(three(ThreePublicItem.TOTAL, "1.51"), three(ThreePublicItem.SUBTOTAL, "1.51"),
                three(ThreePublicItem.VEHICLE, "1.20"), three(ThreePublicItem.VEHICLE_OPERATION, "1.20"),
                three(ThreePublicItem.RECEPTION, "0.31"));
    }

    /** A "三公" row of the general budget only. */
    public static ThreePublicLine three(ThreePublicItem item, String wan) {
        return new ThreePublicLine(item, yuan(wan), null, null);
    }

    private static FunctionalRevenue appropriation(BigDecimal yuan) {
        return new FunctionalRevenue(yuan, null, null, null, null, null, null, null);
    }

    private static FunctionalExpenditure general(BigDecimal basic, BigDecimal project) {
        return new FunctionalExpenditure(new ExpenditureByType(basic, project, null, null, null), null, null, null);
    }
}
