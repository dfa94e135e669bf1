package org.openbudget.seeds.parse;

import java.util.Map;
import java.util.Optional;

/**
 * The 类 of 支出功能分类 (functional classification) as table 1 lists them, by name without codes: the list is
 * disclosure-model's ({@link org.openbudget.disclosure.classification.FunctionalClasses}); what the importer adds is
 * reading a printed name (numbering and spacing ignored) and the obsolete names some documents still print.
 */
public final class FunctionalClasses {

    /** Names of earlier years still printed in some documents, with the code they name. */
    private static final Map<String, String> OBSOLETE = Map.of("医疗卫生与计划生育支出", "210");

    private FunctionalClasses() {
    }

    /** The code of a current 类 name (numbering and spacing ignored). */
    public static Optional<String> code(String printedName) {
        return org.openbudget.disclosure.classification.FunctionalClasses.code(Texts.label(printedName));
    }

    /** The code an obsolete 类 name stands for, e.g. 医疗卫生与计划生育支出 → 210 (renamed 卫生健康支出 in 2019). */
    public static Optional<String> obsoleteCode(String printedName) {
        return Optional.ofNullable(OBSOLETE.get(Texts.label(printedName)));
    }

    public static Optional<String> name(String code) {
        return org.openbudget.disclosure.classification.FunctionalClasses.name(code);
    }
}
