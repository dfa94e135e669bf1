package org.openbudget.seeds.read;

/**
 * How much a reader accepts before it refuses: a published budget is a few megabytes (the 16-page Shanghai PDF is
 * under one), so a much larger file is refused before it is opened rather than held in memory and parsed.
 *
 * @param maxBytes the largest file read, checked before any parsing
 * @param maxCells the most non-blank cells a workbook may hold (a zip bomb-ish XLSX expands to millions)
 */
public record ReadLimits(long maxBytes, int maxCells) {

    /** The system property that overrides {@link #DEFAULT_MAX_BYTES}, in bytes. */
    public static final String MAX_BYTES_PROPERTY = "openbudget.import.max-bytes";
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_CELLS = 500_000;

    public ReadLimits {
        if (maxBytes <= 0 || maxCells <= 0) {
            throw new IllegalArgumentException("read limits must be positive: " + maxBytes + " bytes, " + maxCells + " cells");
        }
    }

    /** {@link #DEFAULT_MAX_BYTES}, or the {@value #MAX_BYTES_PROPERTY} system property when set. */
    public static ReadLimits standard() {
        String set = System.getProperty(MAX_BYTES_PROPERTY);
        long max = DEFAULT_MAX_BYTES;
        if (set != null && !set.isBlank()) {
            try {
                max = Long.parseLong(set.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(MAX_BYTES_PROPERTY + " must be a number of bytes, not \"" + set + "\"", e);
            }
        }
        return new ReadLimits(max, DEFAULT_MAX_CELLS);
    }

    public static ReadLimits ofBytes(long maxBytes) {
        return new ReadLimits(maxBytes, DEFAULT_MAX_CELLS);
    }

    /** The size in words: "20 MB", "512 KB". */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace(".0 ", " ");
        }
        if (bytes >= 1024) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " bytes";
    }
}
