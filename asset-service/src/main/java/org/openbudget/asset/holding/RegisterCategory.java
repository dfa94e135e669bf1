package org.openbudget.asset.holding;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The category of a registered asset (资产卡片): 房屋 buildings, 车辆 vehicles, 设备 equipment, 其他 other. */
@Schema(enumeration = {"房屋", "车辆", "设备", "其他"})
public enum RegisterCategory {
    BUILDING("房屋"),
    VEHICLE("车辆"),
    EQUIPMENT("设备"),
    OTHER("其他");

    private final String label;

    RegisterCategory(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
