package org.openbudget.aggregation.admin;

import java.util.List;

/**
 * One page of recorded dead letters ({@code items}, {@code total} matching the filter), and next to it
 * {@code recorded} (every recorded row) and {@code inTopic} (records the dead-letter topic holds now;
 * {@code null} when the broker did not answer): {@code inTopic > recorded} means dead letters the listing
 * does not show yet. Records the topic's retention deleted make {@code inTopic} the smaller one.
 */
public record DeadLetterListing(List<DeadLetter> items, long total, int page, int pageSize,
                                long recorded, Long inTopic) {
}
