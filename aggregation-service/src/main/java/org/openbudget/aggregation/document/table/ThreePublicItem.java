package org.openbudget.aggregation.document.table;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The nine rows of table 9 (财政拨款"三公"经费支出表) — "三公" are the three kinds of spending the public
 * watches: official travel abroad, official vehicles, official receptions. The wire names are budget-service's.
 */
public enum ThreePublicItem {
    TOTAL("total", "合计"),
    SUBTOTAL("subtotal", "“三公”经费小计"),
    /** 因公出国（境）费 — official travel abroad. */
    OUTBOUND("outbound", "一、因公出国（境）费"),
    OUTBOUND_TEACHING("outboundTeaching", "其中：教学科研人员因公出国（境）费"),
    OUTBOUND_OTHER("outboundOther", "其他因公出国（境）费"),
    /** 公务用车购置及运维费 — official vehicles, purchase and running. */
    VEHICLE("vehicle", "二、公务用车购置及运维费"),
    VEHICLE_PURCHASE("vehiclePurchase", "其中：公务用车购置费"),
    VEHICLE_OPERATION("vehicleOperation", "公务用车运行维护费"),
    /** 公务接待费 — official receptions. */
    RECEPTION("reception", "三、公务接待费");

    private final String wire;
    private final String label;

    ThreePublicItem(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    public static Optional<ThreePublicItem> of(String wire) {
        return Arrays.stream(values()).filter(i -> i.wire.equals(wire)).findFirst();
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
