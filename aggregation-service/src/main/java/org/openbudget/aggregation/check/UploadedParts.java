package org.openbudget.aggregation.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openbudget.aggregation.event.AssetYearChanged;
import org.openbudget.aggregation.event.BudgetHeader;
import org.openbudget.aggregation.event.BudgetVersion;
import org.openbudget.aggregation.event.TargetsChanged;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.disclosure.money.Amounts;
import org.openbudget.seeds.load.ApiCall;
import org.openbudget.seeds.load.LoadPlan;
import org.openbudget.seeds.load.api.HoldingBody;
import org.openbudget.seeds.load.api.PerformanceBody;
import org.openbudget.seeds.load.api.PlanBody;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The loader's requests for one document (its plan, {@code seeds/importer} {@code LoadPlanner}: the same mapping a
 * load uses) turned into what the owners' events would carry after storing them — the records the consistency rules
 * read, amounts in 元. Only the conversion the owner services do on write is repeated here: 万元 → 元, and the
 * procurement plan's totals by fund.
 *
 * @param budget     the budget as a published version of its year, or null when the document has no tables to map
 * @param targets    the performance targets, or null when none are printed
 * @param plan       the procurement plan, or null when none is printed
 * @param assetsAsOf the fixed-asset holdings, or null when none are printed
 */
record UploadedParts(BudgetVersion budget, TargetsChanged targets, AssetYearChanged.Plan plan, AssetYearChanged assetsAsOf) {

    /** Where a printed day is a day (the consistency rules count approval and publication days there). */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** @param approvedOn the approval date the document prints, or null; {@code publishedOn} likewise */
    static UploadedParts of(LoadPlan load, String departmentName, LocalDate approvedOn, LocalDate publishedOn, ObjectMapper json) {
        BudgetVersion budget = null;
        TargetsChanged targets = null;
        AssetYearChanged.Plan plan = null;
        List<AssetYearChanged.Holding> holdings = new ArrayList<>();
        for (ApiCall call : load.calls()) {
            if (call.body() instanceof BudgetContent content) {
                // the printed unit is the input unit: 万元 figures keep the printed rounding (tolerances of the rules)
                BudgetHeader header = new BudgetHeader(load.department(), departmentName, load.year(), 0, "published", 0,
                        content.unit().label(), approvedOn,
                        publishedOn == null ? null : publishedOn.atStartOfDay(CHINA).toOffsetDateTime(), null);
                budget = new BudgetVersion(header, inYuan(content, json));
            } else if (call.body() instanceof PerformanceBody performance) {
                targets = targets(performance, load, json);
            } else if (call.body() instanceof PlanBody procurement) {
                plan = plan(procurement);
            } else if (call.body() instanceof HoldingBody holding) {
                String asOf = call.path().substring(call.path().lastIndexOf('/') + 1);
                holdings.add(holding(holding, asOf));
            }
        }
        AssetYearChanged assets = holdings.isEmpty() ? null
                : new AssetYearChanged(load.department(), load.year(), 0, holdings, plan, plan);
        return new UploadedParts(budget, targets, plan, assets);
    }

    /** Every figure of the content is an amount: scaled into 元 as budget-service stores it. */
    static BudgetContent inYuan(BudgetContent content, ObjectMapper json) {
        if (content.unit() == AmountUnit.YUAN) {
            return content;
        }
        JsonNode tree = json.valueToTree(content);
        scale(tree, content.unit());
        ((ObjectNode) tree).set("unit", json.valueToTree(AmountUnit.YUAN));
        try {
            return json.treeToValue(tree, BudgetContent.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the budget read from the document does not bind back", e);
        }
    }

    private static void scale(JsonNode node, AmountUnit unit) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getValue().isNumber()) {
                    object.put(field.getKey(), unit.toYuan(field.getValue().decimalValue()));
                } else {
                    scale(field.getValue(), unit);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(n -> scale(n, unit));
        }
    }

    private static TargetsChanged targets(PerformanceBody body, LoadPlan load, ObjectMapper json) {
        ObjectNode tree = json.valueToTree(body);
        tree.put("department", load.department()).put("year", load.year()).put("version", 0).put("status", "published");
        for (JsonNode project : tree.withArray("/projects")) {
            JsonNode budget = project.get("budget");
            if (budget instanceof ObjectNode amount && amount.hasNonNull("value")) {
                AmountUnit unit = AmountUnit.byLabel(amount.path("unit").asText()).orElse(AmountUnit.YUAN);
                amount.put("yuan", unit.toYuan(amount.get("value").decimalValue()));
            }
        }
        try {
            return json.treeToValue(tree, TargetsChanged.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the performance targets read from the document do not bind", e);
        }
    }

    private static AssetYearChanged.Plan plan(PlanBody body) {
        AmountUnit unit = AmountUnit.byLabel(body.unit()).orElse(AmountUnit.YUAN);
        List<AssetYearChanged.Item> items = new ArrayList<>();
        BigDecimal[] byFund = new BigDecimal[7];
        BigDecimal amount = null;
        int lineNo = 0;
        for (PlanBody.Item i : body.items()) {
            AssetYearChanged.Funding f = funding(i.funding(), unit);
            List<BigDecimal> sources = f.all();
            for (int s = 0; s < sources.size(); s++) {
                byFund[s] = Amounts.sum(byFund[s], sources.get(s));
            }
            BigDecimal itemAmount = yuan(i.amount(), unit);
            amount = Amounts.sum(amount, itemAmount);
            items.add(new AssetYearChanged.Item(++lineNo, i.projectName(), yuan(i.projectBudget(), unit), i.itemName(),
                    i.catalogCode(), i.kind(), i.measureUnit(), i.quantity(), yuan(i.unitPrice(), unit), itemAmount, f,
                    yuan(i.smeReserved(), unit), i.fixedAsset()));
        }
        AssetYearChanged.Funding totals = new AssetYearChanged.Funding(byFund[0], byFund[1], byFund[2], byFund[3], byFund[4],
                byFund[5], byFund[6]);
        return new AssetYearChanged.Plan(1, "published", items,
                new AssetYearChanged.Totals(items.size(), amount, null, null, null, null, null, totals));
    }

    private static AssetYearChanged.Funding funding(PlanBody.Funding f, AmountUnit unit) {
        if (f == null) {
            return new AssetYearChanged.Funding(null, null, null, null, null, null, null);
        }
        return new AssetYearChanged.Funding(yuan(f.generalBudget(), unit), yuan(f.governmentFund(), unit),
                yuan(f.stateCapital(), unit), yuan(f.fiscalSpecialAccount(), unit), yuan(f.unitFunds(), unit),
                yuan(f.fiscalCarryOver(), unit), yuan(f.nonFiscalCarryOver(), unit));
    }

    private static AssetYearChanged.Holding holding(HoldingBody h, String asOf) {
        AmountUnit unit = AmountUnit.byLabel(h.unit()).orElse(AmountUnit.YUAN);
        return new AssetYearChanged.Holding(asOf, yuan(h.totalValue(), unit), row(h.buildings(), unit),
                row(h.officeBuildings(), unit), row(h.vehicles(), unit), row(h.equipmentOver200k(), unit),
                row(h.otherFixedAssets(), unit));
    }

    /** A quantity (m², a count) stays as printed; only the value is money. */
    private static AssetYearChanged.Row row(HoldingBody.Row r, AmountUnit unit) {
        return r == null ? null : new AssetYearChanged.Row(r.quantity(), yuan(r.value(), unit));
    }

    private static BigDecimal yuan(BigDecimal amount, AmountUnit unit) {
        return amount == null ? null : unit.toYuan(amount);
    }
}
