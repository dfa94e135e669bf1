package org.openbudget.disclosure.budget;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Each label and wire name exists once, in the seed's wording: the row label table 9 prints, the bare name roll-ups
 * and sentences use (公务用车购置及运维费, as the seed's 名词解释 writes it — not 公务用车购置及运行维护费), and the JSON name.
 */
class LabelsTest {

    @Test
    void threePublicItemsHaveTheSeedsRowLabelsAndBareNames() {
        assertEquals("二、公务用车购置及运维费", ThreePublicItem.VEHICLE.rowLabel());
        assertEquals("公务用车购置及运维费", ThreePublicItem.VEHICLE.label());
        assertEquals("其中：公务用车购置费", ThreePublicItem.VEHICLE_PURCHASE.rowLabel());
        assertEquals("公务用车购置费", ThreePublicItem.VEHICLE_PURCHASE.label());
        assertEquals("其中：教学科研人员因公出国（境）费", ThreePublicItem.OUTBOUND_TEACHING.rowLabel());
        assertEquals("教学科研人员因公出国（境）费", ThreePublicItem.OUTBOUND_TEACHING.label());
        assertEquals("“三公”经费", ThreePublicItem.SUBTOTAL.label());
        assertEquals(List.of("合计", "“三公”经费小计", "一、因公出国（境）费", "其中：教学科研人员因公出国（境）费", "其他因公出国（境）费",
                "二、公务用车购置及运维费", "其中：公务用车购置费", "公务用车运行维护费", "三、公务接待费"),
                Arrays.stream(ThreePublicItem.values()).map(ThreePublicItem::rowLabel).toList(), "table 9's rows in order");
    }

    @Test
    void wireNamesAreTheJsonNamesAndLookUpBothWays() {
        assertEquals(List.of("total", "subtotal", "outbound", "outboundTeaching", "outboundOther", "vehicle",
                "vehiclePurchase", "vehicleOperation", "reception"),
                Arrays.stream(ThreePublicItem.values()).map(ThreePublicItem::wireName).toList());
        assertEquals(Optional.of(ThreePublicItem.VEHICLE_PURCHASE), ThreePublicItem.byWireName("vehiclePurchase"));
        assertEquals(Optional.empty(), ThreePublicItem.byWireName("VEHICLE_PURCHASE"));
        assertEquals(List.of("generalBudget", "governmentFund", "stateCapital", "other"),
                Arrays.stream(Fund.values()).map(Fund::wireName).toList());
        assertEquals(Optional.of(Fund.STATE_CAPITAL), Fund.byWireName("stateCapital"));
        assertEquals(List.of("basic", "project", "operating", "superiorRemittance", "affiliateSubsidy"),
                Arrays.stream(ExpenditureType.values()).map(ExpenditureType::wireName).toList());
        assertEquals(Optional.of(ExpenditureType.AFFILIATE_SUBSIDY), ExpenditureType.byWireName("affiliateSubsidy"));
        assertEquals(Optional.of(PriorYearItem.AGENCY_OPERATION), PriorYearItem.byWireName("agencyOperation"));
    }

    @Test
    void fundAndTypeWireNamesAreTheFieldsOfTheRecordsThatCarryThem() {
        // the JSON of a fund group / a type cell is the record component of that name
        assertEquals(Arrays.stream(Fund.values()).map(Fund::wireName).toList(),
                Arrays.stream(FunctionalExpenditure.class.getRecordComponents()).map(c -> c.getName()).toList());
        assertEquals(Arrays.stream(ExpenditureType.values()).map(ExpenditureType::wireName).toList(),
                Arrays.stream(ExpenditureByType.class.getRecordComponents()).map(c -> c.getName()).toList());
        assertEquals(Arrays.stream(Fund.APPROPRIATIONS).map(Fund::wireName).toList(),
                Arrays.stream(ThreePublicLine.class.getRecordComponents()).skip(1).map(c -> c.getName()).toList());
    }

    @Test
    void priorYearItemsShareTheLabelsOfWhatTheyCompare() {
        assertEquals("公务用车运行维护费", PriorYearItem.VEHICLE_OPERATION.label());
        assertEquals("“三公”经费", PriorYearItem.THREE_PUBLIC.label());
        assertEquals("项目支出", PriorYearItem.PROJECT.label());
        assertEquals("人员经费", PriorYearItem.PERSONNEL.label());
    }

    enum Unnamed { A }

    @Test
    void anEnumConstantWithoutAWireNameIsAProgrammingError() {
        assertThrows(IllegalStateException.class, () -> WireNames.of(Unnamed.A));
    }
}
