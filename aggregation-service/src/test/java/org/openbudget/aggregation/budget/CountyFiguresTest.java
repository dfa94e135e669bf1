package org.openbudget.aggregation.budget;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.Events;
import org.openbudget.aggregation.document.bundle.DepartmentFigures;
import org.openbudget.aggregation.document.source.DocumentInput;
import org.openbudget.aggregation.document.source.Profile;
import org.openbudget.aggregation.event.BudgetChanged;
import org.openbudget.aggregation.event.BudgetVersion;
import org.openbudget.aggregation.event.EventBinder;
import org.openbudget.aggregation.rollup.Contribution;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * One county aggregation: a department's figures on the dashboard (the roll-ups' {@code department} dimension) and
 * in the bundle's county-summary.csv are the same, whatever the budget gives. Before, the dashboard's "三公" was the
 * 小计 (the 合计 only when no 小计 was given) and the summary's the 合计, and the summary left blank what the dashboard
 * derived from 项 rows; the expected figures below are worked out by hand.
 */
class CountyFiguresTest {

    /** Amounts read exactly, scale included, as the service's own mapper reads them. */
    private static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final String SUMMARY_THREE_PUBLIC = "“三公”经费";
    private static final String SUMMARY_EXPENDITURE = "支出合计";

    @Test
    void theSeedsFiguresAgree() throws Exception {
        ObjectNode seed = Events.seedBudgetInYuan();
        // table 9 of the seed: 合计 1.51, 小计 1.51; table 3: 合计 394.30
        assertAgree(seed, "threePublic", SUMMARY_THREE_PUBLIC, new BigDecimal("15100.00"));
        assertAgree(seed, "expenditure", SUMMARY_EXPENDITURE, new BigDecimal("3943000.00"));
    }

    @Test
    void aTotalGivenAloneIsTheThreePublicFigureOfBoth() throws Exception {
        assertAgree(content("""
                {"unit": "元", "threePublic": [{"item": "total", "generalBudget": 20000.00}]}"""),
                "threePublic", SUMMARY_THREE_PUBLIC, new BigDecimal("20000.00"));
    }

    @Test
    void childrenGivenAloneAddUpToTheThreePublicFigureOfBoth() throws Exception {
        // 公务接待 1,500 + 公务用车运行维护 12,000 (its parent 二 not given) + 因公出国 0
        assertAgree(content("""
                {"unit": "元", "threePublic": [{"item": "reception", "generalBudget": 1500.00},
                  {"item": "vehicleOperation", "generalBudget": 12000.00}, {"item": "outboundOther", "generalBudget": 0.00}]}"""),
                "threePublic", SUMMARY_THREE_PUBLIC, new BigDecimal("13500.00"));
    }

    /** Changed: the dashboard showed the 小计 (13,000), the summary the 合计 (15,000); both show the 合计 now. */
    @Test
    void whenTotalAndSubtotalDifferTheDashboardShowsTheTotalAsTheSummaryDoes() throws Exception {
        assertAgree(content("""
                {"unit": "元", "threePublic": [{"item": "total", "generalBudget": 15000.00},
                  {"item": "subtotal", "generalBudget": 13000.00}]}"""),
                "threePublic", SUMMARY_THREE_PUBLIC, new BigDecimal("15000.00"));
    }

    /** Changed: the summary left blank what the dashboard derived; both derive the 类 from its 项 rows now. */
    @Test
    void aDraftWithoutItsClassRowsHasTheSameExpenditureInBoth() throws Exception {
        assertAgree(content("""
                {"unit": "元", "functional": {"lines": [
                   {"code": "2010301", "name": "行政运行", "expenditure": {"generalBudget": {"basic": 500000.00}}},
                   {"code": "2080505", "name": "机关事业单位基本养老保险缴费支出", "expenditure": {"generalBudget": {"basic": 20000.00}}}]}}"""),
                "expenditure", SUMMARY_EXPENDITURE, new BigDecimal("520000.00"));
    }

    /**
     * Changed: a stated 合计 row with revenue and no expenditure left the dashboard summing the 类 rows while the summary
     * (and table 3) printed the stated row's blank; both take the stated row now.
     */
    @Test
    void aStatedTotalRowIsTheTotalOfBothEvenWithoutExpenditure() throws Exception {
        ObjectNode budget = content("""
                {"unit": "元", "functional": {"total": {"revenue": {"appropriation": 100000.00}}, "lines": [
                   {"code": "201", "name": "一般公共服务支出", "expenditure": {"generalBudget": {"basic": 100000.00}}}]}}""");
        assertNull(dashboard(budget, "expenditure"));
        assertNull(summary(budget, SUMMARY_EXPENDITURE));
    }

    private static void assertAgree(JsonNode content, String measure, String column, BigDecimal expected) throws Exception {
        assertEquals(expected, dashboard(content, measure), "dashboard " + measure);
        assertEquals(expected, summary(content, column), "county-summary.csv " + column);
    }

    private static BigDecimal dashboard(JsonNode content, String measure) throws Exception {
        List<Contribution> contributions = BudgetContributions.of("434", version(content).content());
        return contributions.stream().filter(c -> c.dimension().equals("department") && c.measure().equals(measure))
                .map(Contribution::amount).findFirst().orElse(null);
    }

    private static BigDecimal summary(JsonNode content, String column) throws Exception {
        DocumentInput input = new DocumentInput(Profile.bare("434", "测试部门"), 2022, "current", version(content),
                null, null, null);
        return DepartmentFigures.of(input).amounts().get(column);
    }

    private static BudgetVersion version(JsonNode content) throws Exception {
        ObjectNode data = Events.JSON.createObjectNode();
        ObjectNode budget = content.deepCopy();
        budget.put("department", "434").put("year", 2022).put("status", "draft").put("adjustment", 0).put("version", 1);
        data.put("department", "434").put("year", 2022).put("version", 1).put("status", "draft").put("adjustment", 0);
        data.set("budget", budget);
        return Objects.requireNonNull(EventBinder.standalone().bind(data, BudgetChanged.class).version(false));
    }

    private static ObjectNode content(String json) throws Exception {
        return (ObjectNode) EXACT.readTree(json);
    }
}
