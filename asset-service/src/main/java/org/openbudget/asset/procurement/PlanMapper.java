package org.openbudget.asset.procurement;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.openbudget.asset.measure.QuantityMapper;
import org.openbudget.asset.money.MoneyMapper;
import org.openbudget.disclosure.money.AmountUnit;

import java.util.ArrayList;
import java.util.List;

/** Payload line (any unit) → stored line (元) → DTO line (any unit); only amounts are converted. */
@Mapper(uses = {MoneyMapper.class, QuantityMapper.class})
public interface PlanMapper {

    @Mapping(target = "enteredUnit", expression = "java(unit)")
    @Mapping(target = "quantity", source = "quantity", qualifiedByName = "count4")
    @Mapping(target = "projectBudget", source = "projectBudget", qualifiedByName = "toYuan")
    @Mapping(target = "unitPrice", source = "unitPrice", qualifiedByName = "toYuan")
    @Mapping(target = "amount", source = "amount", qualifiedByName = "toYuan")
    @Mapping(target = "generalBudget", source = "funding.generalBudget", qualifiedByName = "toYuan")
    @Mapping(target = "governmentFund", source = "funding.governmentFund", qualifiedByName = "toYuan")
    @Mapping(target = "stateCapital", source = "funding.stateCapital", qualifiedByName = "toYuan")
    @Mapping(target = "fiscalSpecialAccount", source = "funding.fiscalSpecialAccount", qualifiedByName = "toYuan")
    @Mapping(target = "unitFunds", source = "funding.unitFunds", qualifiedByName = "toYuan")
    @Mapping(target = "fiscalCarryOver", source = "funding.fiscalCarryOver", qualifiedByName = "toYuan")
    @Mapping(target = "nonFiscalCarryOver", source = "funding.nonFiscalCarryOver", qualifiedByName = "toYuan")
    @Mapping(target = "smeReserved", source = "smeReserved", qualifiedByName = "toYuan")
    ProcurementItem toEntity(ItemPayload item, @Context AmountUnit unit);

    @Mapping(target = "lineNo", source = "lineNo")
    @Mapping(target = "quantity", source = "item.quantity", qualifiedByName = "plain")
    @Mapping(target = "projectBudget", source = "item.projectBudget", qualifiedByName = "fromYuan")
    @Mapping(target = "unitPrice", source = "item.unitPrice", qualifiedByName = "fromYuan")
    @Mapping(target = "amount", source = "item.amount", qualifiedByName = "fromYuan")
    @Mapping(target = "funding.generalBudget", source = "item.generalBudget", qualifiedByName = "fromYuan")
    @Mapping(target = "funding.governmentFund", source = "item.governmentFund", qualifiedByName = "fromYuan")
    @Mapping(target = "funding.stateCapital", source = "item.stateCapital", qualifiedByName = "fromYuan")
    @Mapping(target = "funding.fiscalSpecialAccount", source = "item.fiscalSpecialAccount", qualifiedByName = "fromYuan")
    @Mapping(target = "funding.unitFunds", source = "item.unitFunds", qualifiedByName = "fromYuan")
    @Mapping(target = "funding.fiscalCarryOver", source = "item.fiscalCarryOver", qualifiedByName = "fromYuan")
    @Mapping(target = "funding.nonFiscalCarryOver", source = "item.nonFiscalCarryOver", qualifiedByName = "fromYuan")
    @Mapping(target = "smeReserved", source = "item.smeReserved", qualifiedByName = "fromYuan")
    ItemDto toDto(ProcurementItem item, Integer lineNo, @Context AmountUnit unit);

    ProcurementItem copy(ProcurementItem item);

    default List<ProcurementItem> toEntities(List<ItemPayload> items, AmountUnit unit) {
        List<ProcurementItem> entities = new ArrayList<>();
        items.forEach(item -> entities.add(toEntity(item, unit)));
        return entities;
    }

    default List<ItemDto> toDtos(List<ProcurementItem> items, AmountUnit unit) {
        List<ItemDto> dtos = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            dtos.add(toDto(items.get(i), i + 1, unit));
        }
        return dtos;
    }

    default PlanDto toDto(ProcurementPlan plan, AmountUnit unit) {
        List<ItemDto> items = toDtos(plan.items, unit);
        return new PlanDto(plan.department, plan.year, unit, plan.revision, plan.revision > 1, plan.status,
                plan.approvedOn, plan.publishedAt, items, PlanTotals.of(items, unit), plan.version, plan.updatedAt);
    }
}
