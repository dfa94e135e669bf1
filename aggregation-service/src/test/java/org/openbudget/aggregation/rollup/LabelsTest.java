package org.openbudget.aggregation.rollup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dashboard names the budget's items as the documents print them: the model's labels, typed once. */
class LabelsTest {

    @Test
    void threePublicItemsAreTheSeedsWording() {
        // changed: the dashboard printed 公务用车购置及运行维护费 where table 9 and section 四 print 公务用车购置及运维费
        assertEquals("公务用车购置及运维费", Labels.of(Dimension.THREE_PUBLIC, "vehicle"));
        assertEquals("“三公”经费", Labels.of(Dimension.THREE_PUBLIC, "subtotal"));
        assertEquals("公务接待费", Labels.of(Dimension.THREE_PUBLIC, "reception"));
    }

    @Test
    void fundsAndTypes() {
        assertEquals("政府性基金预算", Labels.of(Dimension.FUND, "governmentFund"));
        assertEquals("对附属单位补助支出", Labels.of(Dimension.TYPE, "affiliateSubsidy"));
        assertEquals("人员经费", Labels.of(Dimension.TYPE, "personnel"));
    }

    @Test
    void everyPriorYearFigureHasAName() {
        assertEquals("上年基本支出", Labels.of(Dimension.PRIOR_YEAR, "basic"));
        assertEquals("上年公务用车运行维护费", Labels.of(Dimension.PRIOR_YEAR, "vehicleOperation"));
        // changed: these three printed their wire name (上年total, 上年threePublic, 上年agencyOperation)
        assertEquals("上年收支总计", Labels.of(Dimension.PRIOR_YEAR, "total"));
        assertEquals("上年“三公”经费", Labels.of(Dimension.PRIOR_YEAR, "threePublic"));
        assertEquals("上年机关运行经费", Labels.of(Dimension.PRIOR_YEAR, "agencyOperation"));
    }

    @Test
    void theDashboardsOwnItems() {
        assertEquals("机关运行经费", Labels.of(Dimension.AGENCY_OPERATION, "total"));
        assertEquals("单价20万元以上设备", Labels.of(Dimension.ASSETS, "equipmentOver200k"));
    }
}
