package org.openbudget.seeds.parse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbudget.seeds.parse.model.AssetTable;
import org.openbudget.seeds.parse.model.Performance;
import org.openbudget.seeds.parse.model.YearOverYear;
import org.openbudget.seeds.seed.SeedDocument;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openbudget.seeds.parse.Expected.dec;
import static org.openbudget.seeds.parse.TableKind.*;

/**
 * The seed (seeds/000_089e20c77680147c.txt, 高邑县政府办 2022), table by table, against figures typed by hand
 * from the printed document; and the warnings for everything the parser healed.
 */
class SeedDocumentTest {

    static DisclosureDocument doc;

    @BeforeAll
    static void parse() throws IOException {
        doc = DocumentParser.parse(SourceText.of("000_089e20c77680147c.txt", SeedDocument.text()));
    }

    static ParsedTable table(TableKind kind) {
        return doc.table(kind).orElseThrow(() -> new AssertionError("table " + kind + " not parsed"));
    }

    @Test
    void theHeaderLinesGiveDepartmentYearAndUnit() {
        assertEquals(Layout.HEBEI, doc.layout());
        assertEquals("434", doc.departmentCode());
        assertEquals("高邑县政府办", doc.departmentName());
        assertEquals(2022, doc.year());
        assertEquals("万元", doc.unit());
        assertEquals(9, doc.tables().size());
        doc.tables().forEach(t -> assertEquals("万元", t.unit(), "unit of table " + t.kind().number()));
    }

    @Test
    void table1RevenueBySourceAgainstTheThirtyClasses() {
        ParsedTable t = table(SUMMARY);
        List<ParsedRow> revenue = t.rows().stream().filter(r -> r.side().equals(REVENUE_SIDE)).toList();
        List<ParsedRow> expenditure = t.rows().stream().filter(r -> r.side().equals(EXPENDITURE_SIDE)).toList();
        assertEquals(List.of("generalBudget", "governmentFund", "stateCapital", "specialAccount", "institution",
                "institutionOperating", "superiorSubsidy", "affiliatedRemittance", "other", "currentYearTotal",
                "priorYearCarryOver", "grandTotal"), revenue.stream().map(ParsedRow::key).toList());
        Map<String, BigDecimal> rev = amounts(revenue);
        assertEquals(Map.of("generalBudget", dec("394.30"), "currentYearTotal", dec("394.30"), "grandTotal", dec("394.30")), rev);
        // the 30 类 of rows 1–30 (continued on a second page), then 本年支出合计, 年终结转结余, 支出总计
        assertEquals(33, expenditure.size());
        assertEquals("201", expenditure.get(0).key());
        assertEquals("234", expenditure.get(29).key());
        assertEquals(Map.of("201", dec("296.93"), "208", dec("35.07"), "210", dec("25.50"), "211", dec("20.00"),
                "221", dec("16.79"), "currentYearTotal", dec("394.30"), "grandTotal", dec("394.30")), amounts(expenditure));
    }

    @Test
    void table2RevenueByFunctionalCode() {
        Expected.rows(table(REVENUE), List.of(TOTAL, CURRENT_YEAR, APPROPRIATION, SPECIAL_ACCOUNT, INSTITUTION,
                        INSTITUTION_OPERATING, SUPERIOR_SUBSIDY, AFFILIATED_REMITTANCE, OTHER, CARRY_OVER),
                "total|合计|394.30|394.30|394.30|||||||",
                "201|一般公共服务支出|296.93|296.93|296.93|||||||",
                "20103|政府办公厅（室）及相关机构事务|296.93|296.93|296.93|||||||",
                "2010301|行政运行|258.93|258.93|258.93|||||||",
                "2010302|一般行政管理事务|38.00|38.00|38.00|||||||",
                "208|社会保障和就业支出|35.07|35.07|35.07|||||||",
                "20805|行政事业单位养老支出|34.31|34.31|34.31|||||||",
                "2080501|行政单位离退休|0.80|0.80|0.80|||||||",
                "2080505|机关事业单位基本养老保险缴费支出|22.34|22.34|22.34|||||||",
                "2080506|机关事业单位职业年金缴费支出|11.17|11.17|11.17|||||||",
                "20827|财政对其他社会保险基金的补助|0.76|0.76|0.76|||||||",
                "2082701|财政对失业保险基金的补助|0.06|0.06|0.06|||||||",
                "2082702|财政对工伤保险基金的补助|0.70|0.70|0.70|||||||",
                "210|卫生健康支出|25.50|25.50|25.50|||||||",
                "21011|行政事业单位医疗|25.50|25.50|25.50|||||||",
                "2101101|行政单位医疗|14.38|14.38|14.38|||||||",
                "2101103|公务员医疗补助|11.13|11.13|11.13|||||||",
                "211|节能环保支出|20.00|20.00|20.00|||||||",
                "21103|污染防治|20.00|20.00|20.00|||||||",
                "2110301|大气|20.00|20.00|20.00|||||||",
                "221|住房保障支出|16.79|16.79|16.79|||||||",
                "22102|住房改革支出|16.79|16.79|16.79|||||||",
                "2210201|住房公积金|16.79|16.79|16.79|||||||");
    }

    /** Tables 3 and 5 print the same figures (all money is 一般公共预算); table 3 has three more (blank) columns. */
    static final String[] EXPENDITURE_ROWS = {
            "total|合计|394.30|336.30|58.00",
            "201|一般公共服务支出|296.93|258.93|38.00",
            "20103|政府办公厅（室）及相关机构事务|296.93|258.93|38.00",
            "2010301|行政运行|258.93|258.93|",
            "2010302|一般行政管理事务|38.00||38.00",
            "208|社会保障和就业支出|35.07|35.07|",
            "20805|行政事业单位养老支出|34.31|34.31|",
            "2080501|行政单位离退休|0.80|0.80|",
            "2080505|机关事业单位基本养老保险缴费支出|22.34|22.34|",
            "2080506|机关事业单位职业年金缴费支出|11.17|11.17|",
            "20827|财政对其他社会保险基金的补助|0.76|0.76|",
            "2082701|财政对失业保险基金的补助|0.06|0.06|",
            "2082702|财政对工伤保险基金的补助|0.70|0.70|",
            "210|卫生健康支出|25.50|25.50|",
            "21011|行政事业单位医疗|25.50|25.50|",
            "2101101|行政单位医疗|14.38|14.38|",
            "2101103|公务员医疗补助|11.13|11.13|",
            "211|节能环保支出|20.00||20.00",
            "21103|污染防治|20.00||20.00",
            "2110301|大气|20.00||20.00",
            "221|住房保障支出|16.79|16.79|",
            "22102|住房改革支出|16.79|16.79|",
            "2210201|住房公积金|16.79|16.79|"};

    @Test
    void table3ExpenditureByType() {
        String[] rows = java.util.Arrays.stream(EXPENDITURE_ROWS).map(r -> r + "|||").toArray(String[]::new);
        Expected.rows(table(EXPENDITURE), List.of(TOTAL, BASIC, PROJECT, OPERATING, SUPERIOR_REMITTANCE, AFFILIATE_SUBSIDY), rows);
    }

    @Test
    void table4AppropriationsByFund() {
        ParsedTable t = table(FISCAL_SUMMARY);
        Map<String, BigDecimal> revenue = amounts(t.rows().stream().filter(r -> r.side().equals(REVENUE_SIDE)).toList());
        assertEquals(Map.of("generalBudget", dec("394.30"), "currentYearTotal", dec("394.30"), "grandTotal", dec("394.30")), revenue);
        // rows 33–35 repeat the three fund names under 年初财政拨款结转和结余: they are the opening balances
        assertTrue(t.row(REVENUE_SIDE, "opening.generalBudget").isPresent());
        assertTrue(t.row(REVENUE_SIDE, "opening.stateCapital").isPresent());
        for (String[] c : new String[][]{{"201", "296.93"}, {"208", "35.07"}, {"210", "25.50"}, {"211", "20.00"},
                {"221", "16.79"}, {"currentYearTotal", "394.30"}, {"grandTotal", "394.30"}}) {
            Expected.row(t, t.row(EXPENDITURE_SIDE, c[0]).orElseThrow(), List.of(TOTAL, GENERAL, GOVERNMENT, STATE),
                    c[0] + "|" + t.row(EXPENDITURE_SIDE, c[0]).orElseThrow().name() + "|" + c[1] + "|" + c[1] + "||");
        }
        assertEquals(30, t.rows().stream().filter(r -> r.side().equals(EXPENDITURE_SIDE) && r.key().matches("\\d{3}")).count());
    }

    @Test
    void table5GeneralBudgetByFunctionalCode() {
        Expected.rows(table(GENERAL_BUDGET), List.of(TOTAL, BASIC, PROJECT), EXPENDITURE_ROWS);
    }

    @Test
    void table6BasicExpenditureByEconomicCode() {
        Expected.rows(table(BASIC_ECONOMIC), List.of(TOTAL, PERSONNEL, PUBLIC_USE),
                "total|合计|336.30|288.65|47.65",
                "301|工资福利支出|283.68|283.68|",
                "30101|基本工资|99.76|99.76|",
                "30102|津贴补贴|32.54|32.54|",
                "30103|奖金|52.88|52.88|",
                "30107|绩效工资|2.73|2.73|",
                "30108|机关事业单位基本养老保险缴费|22.34|22.34|",
                "30109|职业年金缴费|11.17|11.17|",
                "30110|职工基本医疗保险缴费|14.38|14.38|",
                "30111|公务员医疗补助缴费|11.13|11.13|",
                "30112|其他社会保障缴费|0.76|0.76|",
                "30113|住房公积金|16.79|16.79|",
                "30199|其他工资福利支出|19.19|19.19|",
                "302|商品和服务支出|47.65||47.65",
                "30201|办公费|8.62||8.62",
                "30202|印刷费|1.08||1.08",
                "30207|邮电费|16.64||16.64",
                "30211|差旅费|2.00||2.00",
                "30217|公务接待费|0.31||0.31",
                "30231|公务用车运行维护费|1.20||1.20",
                "30239|其他交通费用|17.00||17.00",
                "30299|其他商品和服务支出|0.80||0.80",
                "303|对个人和家庭的补助|4.97|4.97|",
                "30305|生活补助|4.97|4.97|");
    }

    @Test
    void tables7And8AreEmptyTablesWithTheirNotes() {
        assertTrue(table(GOVERNMENT_FUND).rows().isEmpty());
        assertEquals("注：无政府基金预算财政拨款预算，空表列示。", table(GOVERNMENT_FUND).note());
        assertTrue(table(STATE_CAPITAL).rows().isEmpty());
        assertEquals("注：无国有资本经营预算财政拨款预算，空表列示。", table(STATE_CAPITAL).note());
    }

    @Test
    void table9ThreePublicByFund() {
        Expected.rows(table(THREE_PUBLIC), List.of(TOTAL, GENERAL, GOVERNMENT, STATE),
                "total|合计|1.51|1.51||",
                "subtotal|“三公”经费小计|1.51|1.51||",
                "outbound|一、因公出国（境）费||||",
                "outboundTeaching|其中：教学科研人员因公出国（境） 费||||",
                "outboundOther|其他因公出国（境）费||||",
                "vehicle|二、公务用车购置及运维费|1.20|1.20||",
                "vehiclePurchase|其中：公务用车购置费||||",
                "vehicleOperation|公务用车运行维护费|1.20|1.20||",
                "reception|三、公务接待费|0.31|0.31||");
    }

    @Test
    void splitCodesAreHealedWithAWarningNamingTheirLines() {
        // the lines where the PDF export split a 7-digit code ("211030 1"), found by reading the document
        Map<Integer, String> split = Map.ofEntries(Map.entry(136, "2110301"), Map.entry(139, "2210201"), Map.entry(155, "2010301"),
                Map.entry(156, "2010302"), Map.entry(159, "2080501"), Map.entry(160, "2080505"), Map.entry(161, "2080506"),
                Map.entry(163, "2082701"), Map.entry(174, "2082702"), Map.entry(177, "2101101"), Map.entry(178, "2101103"),
                Map.entry(181, "2110301"), Map.entry(184, "2210201"));
        Map<Integer, Warning> healed = doc.warnings().stream().filter(w -> w.message().startsWith("split code"))
                .collect(Collectors.toMap(Warning::line, Function.identity()));
        assertEquals(split.keySet(), healed.keySet());
        split.forEach((line, code) -> {
            assertEquals(WarningKind.HEALED, healed.get(line).kind());
            assertTrue(healed.get(line).message().contains("read as " + code), healed.get(line).message());
        });
        ParsedRow atmosphere = table(REVENUE).row("2110301").orElseThrow();
        assertEquals(136, atmosphere.line());
        assertEquals("211030 1", atmosphere.printedCode());
    }

    @Test
    void everyOtherRepairIsReportedAtItsLine() {
        assertWarning(114, WarningKind.HEALED, "档次");
        assertWarning(115, WarningKind.HEALED, "缴费支出");
        assertWarning(345, WarningKind.HEALED, "without 性");
        assertWarning(458, WarningKind.HEALED, "joined to duty 28");
        assertWarning(571, WarningKind.HEALED, "产出指标");
    }

    @Test
    void theSeedRaisesNoMismatchAndSkipsNothing() {
        List<Warning> bad = doc.warnings().stream()
                .filter(w -> w.kind() == WarningKind.MISMATCH || w.kind() == WarningKind.SKIPPED).toList();
        assertEquals(List.of(), bad);
    }

    @Test
    void priorYearAmountsFollowFromThePrintedChanges() {
        Map<String, YearOverYear> y = doc.yearOverYear().stream().collect(Collectors.toMap(YearOverYear::item, Function.identity()));
        assertEquals(List.of("total", "basic", "project", "threePublic", "reception", "vehicleOperation", "outbound"),
                doc.yearOverYear().stream().map(YearOverYear::item).toList());
        // by hand: 394.30 + 583.26; 336.30 + 18.40; 58.00 + 564.86; 1.51 + 0.02; 0.31 + 0.02; 1.20 unchanged; none abroad
        assertEquals(0, dec("977.56").compareTo(y.get("total").prior()));
        assertEquals(0, dec("354.70").compareTo(y.get("basic").prior()));
        assertEquals(0, dec("622.86").compareTo(y.get("project").prior()));
        assertEquals(0, dec("1.53").compareTo(y.get("threePublic").prior()));
        assertEquals(0, dec("0.33").compareTo(y.get("reception").prior()));
        assertEquals(0, dec("1.20").compareTo(y.get("vehicleOperation").prior()));
        assertEquals(0, BigDecimal.ZERO.compareTo(y.get("outbound").prior()));
        assertEquals(0, dec("59.66").compareTo(y.get("total").percent()));
        assertEquals("主要原因是人员减少", y.get("basic").reason());
        assertEquals("主要是大气办、人防办项目减少", y.get("project").reason());
        assertEquals("因为接待费计提基础减少，所以招待费用相应减少", y.get("reception").reason());
        assertEquals("单位无因公出国（境）费用", y.get("outbound").reason());
        assertNull(y.get("total").reason());
        assertTrue(doc.warnings().stream().anyMatch(w -> w.line() == 495 && w.kind() == WarningKind.DERIVED
                && w.message().contains("977.56")));
    }

    @Test
    void profileTexts() {
        assertEquals(34, doc.profile().duties().size());
        assertTrue(doc.profile().duties().get(0).startsWith("协助县政府领导组织起草"));
        assertTrue(doc.profile().duties().get(27).endsWith("负责网络借贷信息中介机构的审核工作。"), "duty (二十八) continues on line 458");
        assertEquals("完成县政府交办的其他事项。", doc.profile().duties().get(33));
        assertEquals(1, doc.profile().units().size());
        var unit = doc.profile().units().get(0);
        assertEquals(List.of("高邑县政府办本级", "行政", "正科级", "财政拨款"), List.of(unit.name(), unit.nature(), unit.grade(), unit.fundingForm()));
        assertNull(doc.profile().organization());
        assertEquals(10, doc.profile().glossary().size());
        assertEquals("一般公共预算拨款收入", doc.profile().glossary().get(0).term());
        assertEquals("指县级财政当年拨付的资金。", doc.profile().glossary().get(0).definition());
        assertEquals("“三公”经费", doc.profile().glossary().get(6).term());
        assertEquals("我部门无其他需要说明的事项。", doc.profile().otherMatters());
    }

    @Test
    void performanceSection() {
        Performance p = doc.performance();
        assertTrue(p.overallGoal().startsWith("2022年，县政府办公室持续深入贯彻落实"));
        assertEquals(List.of("全面提升办文办会质量", "全面提升政务服务质量 and 效率", "全面做好重大专项工作"),
                p.subGoals().stream().map(Performance.SubGoal::title).toList());
        assertEquals(List.of(2, 1, 1), p.subGoals().stream().map(g -> g.entries().size()).toList());
        assertEquals(4, p.safeguards().size());
        assertTrue(p.specialFunds().none());
        assertEquals("本部门未安排专项资金，无专项资金绩效目标。", p.specialFunds().statement());
        assertEquals(List.of("大气办经费", "会议费", "政府聘请法律顾问经费", "政务服务"),
                p.projects().stream().map(Performance.ProjectTable::name).toList());
        assertEquals(List.of(5, 5, 5, 7), p.projects().stream().map(t -> t.indicators().size()).toList());
        assertEquals("1.保障一季度重点项目开工活动顺利开展。", p.projects().get(1).goal());
        Performance.IndicatorRow size = p.projects().get(1).indicators().get(2);
        assertEquals(List.of("产出指标", "数量指标", "会议规模", "参加项目开工活动人数", "≥100 人"),
                List.of(size.level1(), size.level2(), size.level3(), size.description(), size.value()));
        assertNull(size.basis());
        Performance.IndicatorRow last = p.projects().get(3).indicators().get(6);
        assertEquals(List.of("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
                List.of(last.level1(), last.level2(), last.level3(), last.value()));
    }

    @Test
    void assetHoldingsAndTheEmptyProcurementTable() {
        AssetTable a = doc.assets();
        assertEquals(LocalDate.of(2021, 12, 31), a.asOf());
        assertEquals("万元", a.unit());
        assertEquals(0, dec("947.09").compareTo(a.row("totalValue").orElseThrow().value()));
        assertEquals(0, dec("8").compareTo(a.row("vehicles").orElseThrow().quantity()));
        assertEquals(0, dec("138.26").compareTo(a.row("vehicles").orElseThrow().value()));
        assertEquals(0, dec("568").compareTo(a.row("otherFixedAssets").orElseThrow().quantity()));
        assertEquals(0, dec("808.83").compareTo(a.row("otherFixedAssets").orElseThrow().value()));
        assertNull(a.row("buildings").orElseThrow().value());
        assertNull(a.row("equipmentOver200k").orElseThrow().quantity());
        assertTrue(doc.procurement().rows().isEmpty());
        assertEquals(0, BigDecimal.ZERO.compareTo(doc.procurement().statedTotal()));
        assertTrue(doc.procurement().note().contains("注：无政府采购预算，空表列示。"));
        assertFalse(doc.warnings().stream().anyMatch(w -> w.line() == 618 && w.kind() == WarningKind.MISMATCH));
    }

    private static Map<String, BigDecimal> amounts(List<ParsedRow> rows) {
        return rows.stream().filter(r -> r.cell(AMOUNT) != null).collect(Collectors.toMap(ParsedRow::key, r -> r.cell(AMOUNT)));
    }

    private static void assertWarning(int line, WarningKind kind, String text) {
        assertTrue(doc.warnings().stream().anyMatch(w -> w.line() == line && w.kind() == kind && w.message().contains(text)),
                () -> "no " + kind + " warning with \"" + text + "\" at line " + line + ": " + doc.warnings());
    }
}
