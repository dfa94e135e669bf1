package org.openbudget.aggregation.document.bundle;

import java.util.Map;

/**
 * Extra files of a county bundle contributed by another feature of this service (e.g. the consistency
 * report): implement it as a CDI bean and its files land in the zip beside the county summary.
 */
public interface BundlePart {

    /**
     * @param scope {@code published} or {@code current}
     * @return file name (relative to the bundle's root folder) → content
     */
    Map<String, byte[]> files(int year, String region, String scope);
}
