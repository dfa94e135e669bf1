package org.openbudget.asset.holding;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 车辆用途 — what a vehicle is used for, as the disclosure documents break vehicles down. */
@Schema(enumeration = {"一般公务用车", "执法执勤用车", "特种专业技术用车", "机要通信用车", "应急保障用车", "部级领导干部用车", "主要领导干部用车", "离退休干部用车", "其他用车"})
public enum VehicleUse {
    GENERAL_OFFICIAL("一般公务用车"),
    LAW_ENFORCEMENT("执法执勤用车"),
    SPECIAL_TECHNICAL("特种专业技术用车"),
    CONFIDENTIAL_COMMUNICATION("机要通信用车"),
    EMERGENCY("应急保障用车"),
    MINISTERIAL_LEADER("部级领导干部用车"),
    PRINCIPAL_LEADER("主要领导干部用车"),
    RETIRED_CADRES("离退休干部用车"),
    OTHER("其他用车");

    private final String label;

    VehicleUse(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
