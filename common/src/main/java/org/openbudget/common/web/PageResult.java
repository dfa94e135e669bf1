package org.openbudget.common.web;

import java.util.List;

/** One page of a listing, with the total so that a client can page without guessing. */
public record PageResult<T>(List<T> items, long total, int page, int pageSize) {
}
