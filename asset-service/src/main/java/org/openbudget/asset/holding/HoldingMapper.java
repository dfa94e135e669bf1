package org.openbudget.asset.holding;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.openbudget.asset.measure.QuantityMapper;
import org.openbudget.asset.money.MoneyMapper;
import org.openbudget.disclosure.money.AmountUnit;

import java.util.ArrayList;
import java.util.List;

/** Payload (any unit) → entity (元) → DTO (any unit). Only amount fields go through the unit conversion. */
@Mapper(uses = {MoneyMapper.class, QuantityMapper.class})
public interface HoldingMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "department", ignore = true)
    @Mapping(target = "asOf", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "register", ignore = true)
    @Mapping(target = "hasRegister", expression = "java(payload.register() != null)")
    @Mapping(target = "enteredUnit", expression = "java(unit)")
    @Mapping(target = "totalValue", source = "totalValue", qualifiedByName = "toYuan")
    @Mapping(target = "buildingsArea", source = "buildings.quantity", qualifiedByName = "area")
    @Mapping(target = "buildingsValue", source = "buildings.value", qualifiedByName = "toYuan")
    @Mapping(target = "officeArea", source = "officeBuildings.quantity", qualifiedByName = "area")
    @Mapping(target = "officeValue", source = "officeBuildings.value", qualifiedByName = "toYuan")
    @Mapping(target = "vehiclesCount", source = "vehicles.quantity")
    @Mapping(target = "vehiclesValue", source = "vehicles.value", qualifiedByName = "toYuan")
    @Mapping(target = "equipmentCount", source = "equipmentOver200k.quantity")
    @Mapping(target = "equipmentValue", source = "equipmentOver200k.value", qualifiedByName = "toYuan")
    @Mapping(target = "otherCount", source = "otherFixedAssets.quantity")
    @Mapping(target = "otherValue", source = "otherFixedAssets.value", qualifiedByName = "toYuan")
    void update(HoldingPayload payload, @Context AmountUnit unit, @MappingTarget AssetHolding holding);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "department", ignore = true)
    @Mapping(target = "asOf", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "register", ignore = true)
    void copy(AssetHolding from, @MappingTarget AssetHolding to);

    @Mapping(target = "vehicleUse", source = "use")
    @Mapping(target = "quantity", source = "quantity", qualifiedByName = "area")
    @Mapping(target = "originalValue", source = "originalValue", qualifiedByName = "toYuan")
    RegisterEntry toEntry(RegisterItem item, @Context AmountUnit unit);

    @Mapping(target = "use", source = "vehicleUse")
    @Mapping(target = "originalValue", source = "originalValue", qualifiedByName = "fromYuan")
    RegisterItem toItem(RegisterEntry entry, @Context AmountUnit unit);

    @Mapping(target = "unit", expression = "java(unit)")
    @Mapping(target = "totalValue", source = "totalValue", qualifiedByName = "fromYuan")
    @Mapping(target = "buildings.quantity", source = "buildingsArea")
    @Mapping(target = "buildings.value", source = "buildingsValue", qualifiedByName = "fromYuan")
    @Mapping(target = "officeBuildings.quantity", source = "officeArea")
    @Mapping(target = "officeBuildings.value", source = "officeValue", qualifiedByName = "fromYuan")
    @Mapping(target = "vehicles.quantity", source = "vehiclesCount")
    @Mapping(target = "vehicles.value", source = "vehiclesValue", qualifiedByName = "fromYuan")
    @Mapping(target = "equipmentOver200k.quantity", source = "equipmentCount")
    @Mapping(target = "equipmentOver200k.value", source = "equipmentValue", qualifiedByName = "fromYuan")
    @Mapping(target = "otherFixedAssets.quantity", source = "otherCount")
    @Mapping(target = "otherFixedAssets.value", source = "otherValue", qualifiedByName = "fromYuan")
    @Mapping(target = "register", ignore = true)
    @Mapping(target = "vehiclesByUse", ignore = true)
    HoldingDto toTableDto(AssetHolding holding, @Context AmountUnit unit);

    default List<RegisterEntry> toEntries(List<RegisterItem> items, AmountUnit unit) {
        List<RegisterEntry> entries = new ArrayList<>();
        if (items != null) {
            items.forEach(item -> entries.add(toEntry(item, unit)));
        }
        return entries;
    }

    /** The whole table, with the register and its vehicles-by-use breakdown when there is a register. */
    default HoldingDto toDto(AssetHolding holding, AmountUnit unit) {
        HoldingDto table = toTableDto(holding, unit);
        if (!holding.hasRegister) {
            return table;
        }
        List<RegisterItem> items = holding.register.stream().map(e -> toItem(e, unit)).toList();
        return table.withRegister(items, RegisterTotals.byUse(items));
    }
}
