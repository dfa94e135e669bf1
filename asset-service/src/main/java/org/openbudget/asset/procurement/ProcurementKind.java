package org.openbudget.asset.procurement;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 采购品目类别 — what is procured: 货物 goods, 工程 works, 服务 services. In the 政府采购品目分类目录 the
 * catalog codes (目录序号) of each kind start with A, B and C respectively.
 */
@Schema(enumeration = {"货物", "工程", "服务"})
public enum ProcurementKind {
    GOODS("货物", 'A'),
    WORKS("工程", 'B'),
    SERVICES("服务", 'C');

    private final String label;
    private final char catalogLetter;

    ProcurementKind(String label, char catalogLetter) {
        this.label = label;
        this.catalogLetter = catalogLetter;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public char catalogLetter() {
        return catalogLetter;
    }

    /** The kind a catalog code names by its first letter, or null when the code does not follow the national catalog. */
    public static ProcurementKind ofCatalogCode(String code) {
        if (code == null || code.isEmpty()) {
            return null;
        }
        char first = Character.toUpperCase(code.charAt(0));
        for (ProcurementKind kind : values()) {
            if (kind.catalogLetter == first) {
                return kind;
            }
        }
        return null;
    }
}
