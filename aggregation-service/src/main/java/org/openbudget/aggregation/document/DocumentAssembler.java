package org.openbudget.aggregation.document;

import org.openbudget.aggregation.document.model.DisclosureDocument;
import org.openbudget.aggregation.document.narrative.AgencyOperationSection;
import org.openbudget.aggregation.document.narrative.AssetSection;
import org.openbudget.aggregation.document.narrative.GlossarySection;
import org.openbudget.aggregation.document.narrative.OtherMattersSection;
import org.openbudget.aggregation.document.narrative.OverviewSection;
import org.openbudget.aggregation.document.narrative.PerformanceSection;
import org.openbudget.aggregation.document.narrative.ProcurementSection;
import org.openbudget.aggregation.document.narrative.ProfileSection;
import org.openbudget.aggregation.document.narrative.ThreePublicSection;
import org.openbudget.aggregation.document.source.DocumentInput;
import org.openbudget.disclosure.table.DisclosureTable;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.disclosure.table.DisclosureTables;
import org.openbudget.disclosure.table.TableInput;
import org.openbudget.disclosure.classification.CatalogScheme;
import org.openbudget.disclosure.classification.FunctionalClass;
import org.openbudget.disclosure.classification.YearCatalogs;

import java.util.List;

/** Computes a department-year's disclosure — nine tables and sections 一 … 九 — from its read-model data. */
public final class DocumentAssembler {

    private DocumentAssembler() {
    }

    public static DisclosureDocument assemble(DocumentInput in) {
        String code = in.profile().code();
        String name = in.profile().name();
        String introduction = "按照《预算法》、《地方预决算公开操作规程》和《关于进一步推进预算公开工作的实施意见》规定，现将"
                + name + " " + in.year() + " 年部门预算公开如下：";
        return new DisclosureDocument(code, name, in.year(), in.scope(), tables(in), introduction, List.of(
                ProfileSection.build(in.profile()),
                OverviewSection.build(in),
                AgencyOperationSection.build(in.budget().content()),
                ThreePublicSection.build(in.budget().content(), in.year()),
                PerformanceSection.build(in.targets(), in.budget().content(), in.year()),
                ProcurementSection.build(in.plan(), code, name, in.year()),
                AssetSection.build(in.holding(), in.plan(), code, name, in.year()),
                GlossarySection.build(in.profile()),
                OtherMattersSection.build(in.profile())));
    }

    /**
     * The nine tables as the model builds them, in 万元, with the functional 类 of the budget year's catalog (the 类
     * tables 1 and 4 list even when empty change with the year: 234 is gone from 2023), as budget-service prints them.
     */
    private static List<DisclosureTable> tables(DocumentInput in) {
        List<FunctionalClass> classes = YearCatalogs.catalog(CatalogScheme.FUNCTIONAL, in.year()).topLevel();
        return DisclosureTables.all(new TableInput(in.budget().content(), classes), AmountUnit.WAN_YUAN);
    }
}
