package org.openbudget.seeds.json;

/** A value that writes itself as another value, e.g. an enum as its wire name ("万元", "vehicleOperation"). */
public interface JsonValue {

    Object jsonValue();
}
