package org.openbudget.budget.departmentbudget;

import org.openbudget.budget.money.UnitParameter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.openbudget.disclosure.money.AmountUnit;

/** Stores the unit as the label people read in the database: 元 or 万元. */
@Converter
public class AmountUnitConverter implements AttributeConverter<AmountUnit, String> {

    @Override
    public String convertToDatabaseColumn(AmountUnit unit) {
        return unit == null ? null : unit.label();
    }

    @Override
    public AmountUnit convertToEntityAttribute(String label) {
        return label == null ? null : UnitParameter.parse("inputUnit", label, null);
    }
}
