package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;

/**
 * The rows of table 9 (财政拨款"三公"经费支出表) — "三公" are the three kinds of spending the public
 * watches: official travel abroad, official vehicles, official receptions. Each has its wire name (the JSON
 * {@code item}), the row label table 9 prints (with 一、/其中：) and the bare name roll-ups and sentences use —
 * the seed's wording in both. Parents not given are derived ({@link Sums#threePublic}).
 */
public enum ThreePublicItem {
    /** 合计 — the same figure as the 小计, its only row. */
    @JsonProperty("total") TOTAL("合计", "“三公”经费合计"),
    /** "三公"经费小计. */
    @JsonProperty("subtotal") SUBTOTAL("“三公”经费小计", "“三公”经费"),
    /** 一、因公出国（境）费 — official travel abroad. */
    @JsonProperty("outbound") OUTBOUND("一、因公出国（境）费", "因公出国（境）费"),
    /** 其中：教学科研人员因公出国（境）费 — of which teaching and research staff. */
    @JsonProperty("outboundTeaching") OUTBOUND_TEACHING("其中：教学科研人员因公出国（境）费", "教学科研人员因公出国（境）费"),
    /** 其他因公出国（境）费. */
    @JsonProperty("outboundOther") OUTBOUND_OTHER("其他因公出国（境）费", "其他因公出国（境）费"),
    /** 二、公务用车购置及运维费 — official vehicles, purchase and running. */
    @JsonProperty("vehicle") VEHICLE("二、公务用车购置及运维费", "公务用车购置及运维费"),
    /** 其中：公务用车购置费. */
    @JsonProperty("vehiclePurchase") VEHICLE_PURCHASE("其中：公务用车购置费", "公务用车购置费"),
    /** 公务用车运行维护费. */
    @JsonProperty("vehicleOperation") VEHICLE_OPERATION("公务用车运行维护费", "公务用车运行维护费"),
    /** 三、公务接待费 — official receptions. */
    @JsonProperty("reception") RECEPTION("三、公务接待费", "公务接待费");

    private final String rowLabel;
    private final String label;

    ThreePublicItem(String rowLabel, String label) {
        this.rowLabel = rowLabel;
        this.label = label;
    }

    /** The row as table 9 prints it: 二、公务用车购置及运维费, 其中：公务用车购置费. */
    public String rowLabel() {
        return rowLabel;
    }

    /** The bare name, for roll-ups, dashboards and sentences: 公务用车购置及运维费. */
    public String label() {
        return label;
    }

    public String wireName() {
        return WireNames.of(this);
    }

    public static Optional<ThreePublicItem> byWireName(String wireName) {
        return WireNames.lookup(ThreePublicItem.class, wireName);
    }

    /** The rows a parent sums; empty for a leaf. */
    public List<ThreePublicItem> children() {
        return switch (this) {
            case TOTAL -> List.of(SUBTOTAL);
            case SUBTOTAL -> List.of(OUTBOUND, VEHICLE, RECEPTION);
            case OUTBOUND -> List.of(OUTBOUND_TEACHING, OUTBOUND_OTHER);
            case VEHICLE -> List.of(VEHICLE_PURCHASE, VEHICLE_OPERATION);
            default -> List.of();
        };
    }
}
