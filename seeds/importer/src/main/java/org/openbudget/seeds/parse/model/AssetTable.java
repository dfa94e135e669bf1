package org.openbudget.seeds.parse.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 部门固定资产占用情况表 as of a date (截止时间). Row keys: totalValue (资产总额), buildings (房屋, m²),
 * officeBuildings (其中：办公用房), vehicles (车辆), equipmentOver200k (单价在20万元以上的设备),
 * otherFixedAssets (其他固定资产).
 *
 * @param source {@code table} when printed as a table, {@code text} when taken from a sentence
 */
public record AssetTable(int line, LocalDate asOf, String unit, List<AssetRow> rows, String source) {

    public AssetTable {
        rows = List.copyOf(rows);
    }

    public record AssetRow(int line, String key, String name, BigDecimal quantity, BigDecimal value) {
    }

    public java.util.Optional<AssetRow> row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}
