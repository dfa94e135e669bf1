package org.openbudget.aggregation.document.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

/**
 * The zip as the worker writes it, cut into chunks of {@code chunkSize} bytes that go to {@code bundle_zip_chunk} as
 * each fills: the zip is never whole in memory nor on a pod's disk. A write after another replica took the job over
 * fails with {@link LostJob}.
 */
final class ZipChunks extends OutputStream {

    /** The run no longer holds its job (its lease ran out and another worker claimed it, or it was expired). */
    static final class LostJob extends IOException {
        LostJob(String message) {
            super(message);
        }
    }

    private final BundleJobStore store;
    private final BundleJobStore.Claim claim;
    private final Duration lease;
    private final byte[] buffer;
    private int filled;
    private int chunks;
    private long size;

    ZipChunks(BundleJobStore store, BundleJobStore.Claim claim, int chunkSize, Duration lease) {
        this.store = store;
        this.claim = claim;
        this.lease = lease;
        this.buffer = new byte[chunkSize];
    }

    @Override
    public void write(int b) throws IOException {
        if (filled == buffer.length) {
            flushChunk();
        }
        buffer[filled++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (filled == buffer.length) {
                flushChunk();
            }
            int n = Math.min(len, buffer.length - filled);
            System.arraycopy(b, off, buffer, filled, n);
            filled += n;
            off += n;
            len -= n;
        }
    }

    /** Writes what is left as the last chunk. */
    @Override
    public void close() throws IOException {
        if (filled > 0) {
            flushChunk();
        }
    }

    int chunks() {
        return chunks;
    }

    long size() {
        return size;
    }

    private void flushChunk() throws IOException {
        byte[] content = filled == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, filled);
        if (!store.writeChunk(claim, chunks, content, lease)) {
            throw new LostJob("bundle " + claim.job().id() + " was taken over by another worker");
        }
        chunks++;
        size += filled;
        filled = 0;
    }
}
