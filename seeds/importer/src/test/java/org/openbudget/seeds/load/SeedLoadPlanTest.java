package org.openbudget.seeds.load;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbudget.seeds.load.api.DepartmentBody;
import org.openbudget.seeds.parse.WarningKind;
import org.openbudget.seeds.seed.SeedDocument;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exact requests that load the seed (高邑县政府办 2022): bodies typed by hand from the printed
 * document, in 万元 as printed, compared with what the planner builds.
 */
class SeedLoadPlanTest {

    static LoadPlan plan;

    @BeforeAll
    static void plan() throws IOException {
        plan = LoadPlanner.plan(SeedDocument.parsed(), new LoadOptions(null, null, new DepartmentBody.Region("130127", "高邑县")));
    }

    static String body(String path) {
        return Json.compact(plan.calls().stream().filter(c -> c.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no request to " + path + ": " + plan.calls())).body());
    }

    @Test
    void fiveRequestsInOrderDepartmentFirst() {
        assertEquals(List.of("PUT budget-service /api/v1/departments/434", "PUT budget-service /api/v1/budgets/434/2022",
                        "PUT performance-service /api/v1/performance/434/2022", "PUT asset-service /api/v1/assets/434/2021-12-31",
                        "PUT asset-service /api/v1/procurement/434/2022"),
                plan.calls().stream().map(ApiCall::toString).toList());
        assertEquals("434", plan.department());
        assertEquals(2022, plan.year());
    }

    @Test
    void theBudgetKeepsThePrinted万元Figures() {
        JsonAssert.equal("""
                {"unit": "万元",
                 "revenue": {"generalBudget": 394.30},
                 "functional": {
                   "total": {"revenue": {"appropriation": 394.30},
                             "expenditure": {"generalBudget": {"basic": 336.30, "project": 58.00}}},
                   "lines": [
                     {"code": "201", "name": "一般公共服务支出", "revenue": {"appropriation": 296.93}, "expenditure": {"generalBudget": {"basic": 258.93, "project": 38.00}}},
                     {"code": "20103", "name": "政府办公厅（室）及相关机构事务", "revenue": {"appropriation": 296.93}, "expenditure": {"generalBudget": {"basic": 258.93, "project": 38.00}}},
                     {"code": "2010301", "name": "行政运行", "revenue": {"appropriation": 258.93}, "expenditure": {"generalBudget": {"basic": 258.93}}},
                     {"code": "2010302", "name": "一般行政管理事务", "revenue": {"appropriation": 38.00}, "expenditure": {"generalBudget": {"project": 38.00}}},
                     {"code": "208", "name": "社会保障和就业支出", "revenue": {"appropriation": 35.07}, "expenditure": {"generalBudget": {"basic": 35.07}}},
                     {"code": "20805", "name": "行政事业单位养老支出", "revenue": {"appropriation": 34.31}, "expenditure": {"generalBudget": {"basic": 34.31}}},
                     {"code": "2080501", "name": "行政单位离退休", "revenue": {"appropriation": 0.80}, "expenditure": {"generalBudget": {"basic": 0.80}}},
                     {"code": "2080505", "name": "机关事业单位基本养老保险缴费支出", "revenue": {"appropriation": 22.34}, "expenditure": {"generalBudget": {"basic": 22.34}}},
                     {"code": "2080506", "name": "机关事业单位职业年金缴费支出", "revenue": {"appropriation": 11.17}, "expenditure": {"generalBudget": {"basic": 11.17}}},
                     {"code": "20827", "name": "财政对其他社会保险基金的补助", "revenue": {"appropriation": 0.76}, "expenditure": {"generalBudget": {"basic": 0.76}}},
                     {"code": "2082701", "name": "财政对失业保险基金的补助", "revenue": {"appropriation": 0.06}, "expenditure": {"generalBudget": {"basic": 0.06}}},
                     {"code": "2082702", "name": "财政对工伤保险基金的补助", "revenue": {"appropriation": 0.70}, "expenditure": {"generalBudget": {"basic": 0.70}}},
                     {"code": "210", "name": "卫生健康支出", "revenue": {"appropriation": 25.50}, "expenditure": {"generalBudget": {"basic": 25.50}}},
                     {"code": "21011", "name": "行政事业单位医疗", "revenue": {"appropriation": 25.50}, "expenditure": {"generalBudget": {"basic": 25.50}}},
                     {"code": "2101101", "name": "行政单位医疗", "revenue": {"appropriation": 14.38}, "expenditure": {"generalBudget": {"basic": 14.38}}},
                     {"code": "2101103", "name": "公务员医疗补助", "revenue": {"appropriation": 11.13}, "expenditure": {"generalBudget": {"basic": 11.13}}},
                     {"code": "211", "name": "节能环保支出", "revenue": {"appropriation": 20.00}, "expenditure": {"generalBudget": {"project": 20.00}}},
                     {"code": "21103", "name": "污染防治", "revenue": {"appropriation": 20.00}, "expenditure": {"generalBudget": {"project": 20.00}}},
                     {"code": "2110301", "name": "大气", "revenue": {"appropriation": 20.00}, "expenditure": {"generalBudget": {"project": 20.00}}},
                     {"code": "221", "name": "住房保障支出", "revenue": {"appropriation": 16.79}, "expenditure": {"generalBudget": {"basic": 16.79}}},
                     {"code": "22102", "name": "住房改革支出", "revenue": {"appropriation": 16.79}, "expenditure": {"generalBudget": {"basic": 16.79}}},
                     {"code": "2210201", "name": "住房公积金", "revenue": {"appropriation": 16.79}, "expenditure": {"generalBudget": {"basic": 16.79}}}
                   ]},
                 "economic": {
                   "total": {"personnel": 288.65, "publicUse": 47.65},
                   "lines": [
                     {"code": "301", "name": "工资福利支出", "personnel": 283.68},
                     {"code": "30101", "name": "基本工资", "personnel": 99.76},
                     {"code": "30102", "name": "津贴补贴", "personnel": 32.54},
                     {"code": "30103", "name": "奖金", "personnel": 52.88},
                     {"code": "30107", "name": "绩效工资", "personnel": 2.73},
                     {"code": "30108", "name": "机关事业单位基本养老保险缴费", "personnel": 22.34},
                     {"code": "30109", "name": "职业年金缴费", "personnel": 11.17},
                     {"code": "30110", "name": "职工基本医疗保险缴费", "personnel": 14.38},
                     {"code": "30111", "name": "公务员医疗补助缴费", "personnel": 11.13},
                     {"code": "30112", "name": "其他社会保障缴费", "personnel": 0.76},
                     {"code": "30113", "name": "住房公积金", "personnel": 16.79},
                     {"code": "30199", "name": "其他工资福利支出", "personnel": 19.19},
                     {"code": "302", "name": "商品和服务支出", "publicUse": 47.65},
                     {"code": "30201", "name": "办公费", "publicUse": 8.62},
                     {"code": "30202", "name": "印刷费", "publicUse": 1.08},
                     {"code": "30207", "name": "邮电费", "publicUse": 16.64},
                     {"code": "30211", "name": "差旅费", "publicUse": 2.00},
                     {"code": "30217", "name": "公务接待费", "publicUse": 0.31},
                     {"code": "30231", "name": "公务用车运行维护费", "publicUse": 1.20},
                     {"code": "30239", "name": "其他交通费用", "publicUse": 17.00},
                     {"code": "30299", "name": "其他商品和服务支出", "publicUse": 0.80},
                     {"code": "303", "name": "对个人和家庭的补助", "personnel": 4.97},
                     {"code": "30305", "name": "生活补助", "personnel": 4.97}
                   ]},
                 "threePublic": [
                   {"item": "total", "generalBudget": 1.51},
                   {"item": "subtotal", "generalBudget": 1.51},
                   {"item": "vehicle", "generalBudget": 1.20},
                   {"item": "vehicleOperation", "generalBudget": 1.20},
                   {"item": "reception", "generalBudget": 0.31}],
                 "priorYear": [
                   {"item": "total", "amount": 977.56},
                   {"item": "basic", "amount": 354.70, "reason": "主要原因是人员减少"},
                   {"item": "project", "amount": 622.86, "reason": "主要是大气办、人防办项目减少"},
                   {"item": "threePublic", "amount": 1.53},
                   {"item": "reception", "amount": 0.33, "reason": "因为接待费计提基础减少，所以招待费用相应减少"},
                   {"item": "vehicleOperation", "amount": 1.20, "reason": "因人防办执法执勤特种车辆费用没有其他可以对应的经济分类，所以放在公务用车运行维护费经济分类上"},
                   {"item": "outbound", "amount": 0.00, "reason": "单位无因公出国（境）费用"}]}
                """, body("/api/v1/budgets/434/2022"));
    }

    @Test
    void amountsAreSentAsPrintedDecimals() {
        String json = body("/api/v1/budgets/434/2022");
        assertTrue(json.contains("\"generalBudget\":394.30"), "394.30 keeps its printed scale");
        assertTrue(json.contains("\"appropriation\":0.80"));
        assertFalse(json.contains("E+"), "no exponent notation");
    }

    @Test
    void theDepartmentWithItsProfileTexts() {
        JsonNode d = JsonAssert.tree(body("/api/v1/departments/434"));
        assertEquals("高邑县政府办", d.get("name").asText());
        JsonAssert.equal("{\"code\": \"130127\", \"name\": \"高邑县\"}", d.get("region").toString());
        JsonAssert.equal("[{\"name\": \"高邑县政府办本级\", \"nature\": \"行政\", \"grade\": \"正科级\", \"fundingForm\": \"财政拨款\"}]",
                d.get("units").toString());
        assertEquals(34, d.get("duties").size());
        assertEquals("组织起草县政府领导重要讲话及其他重要文稿。", d.get("duties").get(4).asText());
        assertEquals(10, d.get("glossary").size());
        JsonAssert.equal("{\"term\": \"上年结转\", \"definition\": \"指以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金。\"}",
                d.get("glossary").get(8).toString());
        assertEquals("我部门无其他需要说明的事项。", d.get("otherMatters").asText());
        assertFalse(d.has("organization"), "the seed prints no 机构设置 text besides the units table");
    }

    @Test
    void thePerformanceTargets() {
        JsonNode p = JsonAssert.tree(body("/api/v1/performance/434/2022"));
        assertTrue(p.get("overallGoal").asText().endsWith("为推动建设经济强县、大美高邑作出更大贡献。"));
        assertEquals(3, p.get("subGoals").size());
        assertEquals(4, p.get("safeguards").size());
        JsonAssert.equal("{\"none\": true, \"statement\": \"本部门未安排专项资金，无专项资金绩效目标。\", \"goals\": []}",
                p.get("specialFunds").toString());
        assertEquals(4, p.get("projects").size());
        JsonAssert.equal("""
                {"id": "p1", "name": "大气办经费",
                 "goal": "1.为做好我县特征性污染防治和大气环境问题突出，城镇化的深入推进，能源资源消耗持续增加，大气污染防治压力加大，为切实改善空气质量。",
                 "indicators": [
                   {"level1": "产出指标", "level2": "数量指标", "level3": "完成全年考核任务", "description": "完成全年考核任务", "value": "≥100%", "basis": "相关政策"},
                   {"level1": "产出指标", "level2": "时效指标", "level3": "资金发放准时率", "description": "资金发放准时率", "value": "≥100%", "basis": "相关政策"},
                   {"level1": "效益指标", "level2": "社会效益指标", "level3": "宣传大气污染防治政策", "description": "宣传大气污染防治政策", "value": "≥90%", "basis": "相关政策"},
                   {"level1": "效益指标", "level2": "生态效益指标", "level3": "改善生态环境质量", "description": "改善生态环境质量", "value": "≥100%", "basis": "相关政策"},
                   {"level1": "满意度指标", "level2": "服务对象满意度指标", "level3": "服务对象的满意度", "description": "服务对象对项目成果的满意度", "value": "≥90%", "basis": ""}]}
                """, p.get("projects").get(0).toString());
        assertEquals("p4", p.get("projects").get(3).get("id").asText());
        assertFalse(p.get("projects").get(0).has("budget"), "the seed's target tables print no amount");
    }

    @Test
    void theHoldingsAndTheEmptyProcurementTable() {
        JsonAssert.equal("""
                {"unit": "万元", "totalValue": 947.09,
                 "vehicles": {"quantity": 8, "value": 138.26},
                 "otherFixedAssets": {"quantity": 568, "value": 808.83}}
                """, body("/api/v1/assets/434/2021-12-31"));
        JsonAssert.equal("{\"unit\": \"万元\", \"items\": []}", body("/api/v1/procurement/434/2022"));
    }

    @Test
    void nothingOfTheSeedIsLostButTheCountyCodeItDoesNotPrint() {
        assertEquals(List.of(), plan.warnings().stream()
                .filter(w -> w.kind() == WarningKind.MISMATCH || w.kind() == WarningKind.SKIPPED || w.kind() == WarningKind.NOT_LOADED)
                .toList());
    }
}
