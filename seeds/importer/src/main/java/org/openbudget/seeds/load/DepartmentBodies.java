package org.openbudget.seeds.load;

import org.openbudget.seeds.load.api.DepartmentBody;
import org.openbudget.seeds.parse.DisclosureDocument;
import org.openbudget.seeds.parse.WarningKind;
import org.openbudget.seeds.parse.Warnings;
import org.openbudget.seeds.parse.model.OrgUnitRow;
import org.openbudget.seeds.parse.model.Profile;

import java.util.ArrayList;
import java.util.List;

/** The department and its profile texts (职责, 机构设置, 名词解释, 其他说明) for budget-service. */
final class DepartmentBodies {

    private static final List<String> NATURES = List.of("行政", "事业", "企业", "其他");

    private DepartmentBodies() {
    }

    /** {@code region} null when neither given nor known: the body then lacks it and cannot be loaded as is. */
    static DepartmentBody build(DisclosureDocument doc, DepartmentBody.Region region, Warnings warnings) {
        Profile p = doc.profile();
        List<DepartmentBody.Unit> units = new ArrayList<>();
        List<DepartmentBody.GlossaryEntry> glossary = new ArrayList<>();
        List<String> duties = List.of();
        String organization = null;
        String other = null;
        if (p != null) {
            for (OrgUnitRow u : p.units()) {
                String nature = nature(u, warnings);
                if (nature != null) {
                    units.add(new DepartmentBody.Unit(u.name(), nature, u.grade(), u.fundingForm()));
                }
            }
            p.glossary().forEach(g -> glossary.add(new DepartmentBody.GlossaryEntry(g.term(), g.definition())));
            duties = p.duties();
            organization = p.organization();
            other = p.otherMatters();
        }
        return new DepartmentBody(doc.departmentName(), region, units, duties, organization, glossary, other);
    }

    /** 单位性质 as budget-service knows it; "行政单位" is 行政. Anything else is reported and the unit left out. */
    private static String nature(OrgUnitRow u, Warnings warnings) {
        String printed = u.nature() == null ? "" : u.nature().strip();
        if (NATURES.contains(printed)) {
            return printed;
        }
        for (String n : NATURES) {
            if (printed.startsWith(n)) {
                warnings.add(u.line(), WarningKind.HEALED, "单位性质 \"" + printed + "\" read as " + n);
                return n;
            }
        }
        warnings.add(u.line(), WarningKind.SKIPPED, "unit " + u.name() + " skipped: 单位性质 \"" + printed
                + "\" is none of 行政, 事业, 企业, 其他");
        return null;
    }
}
