package org.openbudget.asset.procurement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.openbudget.asset.money.AmountSink;

import java.math.BigDecimal;

import static org.openbudget.asset.money.AmountPrecision.join;

/**
 * One line of the 部门政府采购预算 table as a client sends it. Amounts are in the unit of the enclosing body.
 *
 * @param projectName   政府采购项目来源 · 项目名称 — the budget project the purchase belongs to
 * @param projectBudget 政府采购项目来源 · 预算资金 — that project's budget
 * @param itemName      采购物品名称 — what is bought
 * @param catalogCode   政府采购目录序号 — code in the government procurement catalog (A goods, B works, C services)
 * @param kind          货物 / 工程 / 服务
 * @param measureUnit   计量单位 — e.g. 台, 项, 批
 * @param quantity      数量
 * @param unitPrice     单价
 * @param amount        政府采购金额 · 合计 — the line total
 * @param funding       the line total by funding source
 * @param smeReserved   预留中小微企业份额 — the share reserved for small and micro enterprises
 * @param fixedAsset    本年度拟购置固定资产 — the purchase adds to the fixed assets (absent: false)
 */
public record ItemPayload(
        @Size(max = 300) String projectName,
        BigDecimal projectBudget,
        @NotBlank @Size(max = 300) String itemName,
        @Size(max = 30) @Pattern(regexp = "[0-9A-Za-z.\\-]*", message = "letters, digits, '.' or '-' only") String catalogCode,
        @NotNull(message = "must be 货物, 工程 or 服务") ProcurementKind kind,
        @Size(max = 20) String measureUnit,
        @Digits(integer = 12, fraction = 4, message = "at most 12 digits and 4 decimals") BigDecimal quantity,
        BigDecimal unitPrice,
        @NotNull BigDecimal amount,
        @Valid Funding funding,
        BigDecimal smeReserved,
        Boolean fixedAsset) {

    public void amounts(String prefix, AmountSink sink) {
        sink.amount(join(prefix, "projectBudget"), projectBudget);
        sink.amount(join(prefix, "unitPrice"), unitPrice);
        sink.amount(join(prefix, "amount"), amount);
        if (funding != null) {
            funding.amounts(join(prefix, "funding"), sink);
        }
        sink.amount(join(prefix, "smeReserved"), smeReserved);
    }
}
