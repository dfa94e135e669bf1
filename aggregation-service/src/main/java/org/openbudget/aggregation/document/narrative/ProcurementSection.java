package org.openbudget.aggregation.document.narrative;

import org.openbudget.aggregation.document.model.Block;
import org.openbudget.aggregation.document.model.Block.Grid;
import org.openbudget.aggregation.document.model.Block.GridCell;
import org.openbudget.aggregation.document.model.Block.Paragraph;
import org.openbudget.disclosure.table.Cell;
import org.openbudget.aggregation.document.model.Section;
import org.openbudget.aggregation.event.AssetYearChanged;
import org.openbudget.aggregation.event.AssetYearChanged.Item;
import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.openbudget.disclosure.money.AmountUnit.WAN_YUAN;

/** 六、政府采购预算情况 — the procurement total, its kinds (货物, 工程, 服务) and the 部门政府采购预算 table. */
public final class ProcurementSection {

    static final String TITLE = "六、政府采购预算情况";
    static final String[] KINDS = {"货物", "工程", "服务"};

    private ProcurementSection() {
    }

    public static Section build(AssetYearChanged.Plan plan, String department, String departmentName, int year) {
        List<Item> items = plan == null ? List.of() : plan.items();
        List<String> kinds = new ArrayList<>();
        for (String kind : KINDS) {
            BigDecimal amount = Amounts.sum(items.stream().filter(i -> kind.equals(i.kind())).map(Item::amount).toList());
            if (amount != null && amount.signum() != 0) {
                kinds.add(kind + "类" + WAN_YUAN.fixed(amount) + "万元");
            }
        }
        String sentence = year + "年，" + departmentName + "安排政府采购预算" + WAN_YUAN.fixed(plan == null ? null : plan.total()) + "万元"
                + (kinds.isEmpty() ? "" : "，其中：" + String.join("、", kinds)) + "。具体内容见下表。";

        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of(sentence));
        List<String> notes = new ArrayList<>(List.of("注：同一采购目录序号的物品，其单价会因配置规格不同而变动，均符合资产配置标准。涉密采购事项按照相关规定执行。"));
        if (items.isEmpty()) {
            notes.add("注：无政府采购预算，空表列示。");
        }
        blocks.add(new Grid("部门政府采购预算", List.of(department + " " + departmentName, "单位：万元"), 16,
                header(year), body(items), notes));
        return new Section(TITLE, blocks);
    }

    private static List<List<GridCell>> header(int year) {
        List<GridCell> top = new ArrayList<>(List.of(GridCell.label("政府采购项目来源").span(1, 2),
                GridCell.label("采购物品名称").span(2, 1), GridCell.label("政府采购目录序号").span(2, 1),
                GridCell.label("计量单位").span(2, 1), GridCell.label("数量").span(2, 1), GridCell.label("单价").span(2, 1),
                GridCell.label("政府采购金额（当年部门预算安排资金）").span(1, 8),
                GridCell.label(year + "年预留中小微企业份额").span(2, 1)));
        List<GridCell> bottom = new ArrayList<>();
        for (String label : List.of("项目名称", "预算资金", "合计", "一般公共预算拨款", "基金预算拨款", "国有资本经营预算拨款",
                "财政专户核拨", "单位资金", "财政拨款结转", "非财政拨款结转结余")) {
            bottom.add(GridCell.label(label));
        }
        return List.of(top, bottom);
    }

    private static List<List<GridCell>> body(List<Item> items) {
        List<List<GridCell>> rows = new ArrayList<>();
        for (Item item : items) {
            List<GridCell> cells = new ArrayList<>(List.of(GridCell.text(item.projectName()), wan(item.projectBudget()),
                    GridCell.text(item.itemName()), GridCell.text(item.catalogCode()), GridCell.text(item.measureUnit()),
                    GridCell.text(item.quantity() == null ? null : item.quantity().stripTrailingZeros().toPlainString()),
                    wan(item.unitPrice()), wan(item.amount())));
            List<BigDecimal> funding = item.funding() == null ? java.util.Collections.nCopies(7, null) : item.funding().all();
            funding.forEach(f -> cells.add(wan(f)));
            cells.add(wan(item.smeReserved()));
            rows.add(cells);
        }
        if (!items.isEmpty()) {
            List<GridCell> total = new ArrayList<>(List.of(GridCell.label("合计").span(1, 6), GridCell.text(null),
                    wan(sum(items, Item::amount))));
            for (int f = 0; f < 7; f++) {
                int index = f;
                total.add(wan(sum(items, i -> i.funding() == null ? null : i.funding().all().get(index))));
            }
            total.add(wan(sum(items, Item::smeReserved)));
            rows.add(total);
        }
        return rows;
    }

    private static BigDecimal sum(List<Item> items, Function<Item, BigDecimal> cell) {
        return Amounts.sum(items.stream().map(cell).toList());
    }

    private static GridCell wan(BigDecimal yuan) {
        return GridCell.of(Cell.amount(WAN_YUAN.fromYuan(yuan)));
    }
}
