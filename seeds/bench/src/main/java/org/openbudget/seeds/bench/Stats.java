package org.openbudget.seeds.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Latency percentiles (nearest rank) of a sample in nanoseconds, shown in milliseconds. */
final class Stats {

    private Stats() {
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static BigDecimal ms(long nanos) {
        return nanos < 0 ? null : BigDecimal.valueOf(nanos).divide(BigDecimal.valueOf(1_000_000), 2, RoundingMode.HALF_UP);
    }

    static Map<String, Object> summary(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("n", sorted.length);
        out.put("p50Ms", ms(percentile(sorted, 50)));
        out.put("p95Ms", ms(percentile(sorted, 95)));
        out.put("p99Ms", ms(percentile(sorted, 99)));
        out.put("maxMs", ms(sorted.length == 0 ? -1 : sorted[sorted.length - 1]));
        return out;
    }

    static BigDecimal rate(double count, long nanos) {
        return nanos <= 0 ? null : BigDecimal.valueOf(count * 1e9 / nanos).setScale(1, RoundingMode.HALF_UP);
    }
}
