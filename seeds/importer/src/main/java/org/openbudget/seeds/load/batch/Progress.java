package org.openbudget.seeds.load.batch;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The batch's progress on stderr: a bar redrawn in place when stderr is a terminal (deploy/local/load tells, with
 * {@code [ -t 2 ]}: Java cannot), plain lines at every tenth of the batch otherwise, so that a log file gets a few
 * lines and no control characters. A single document shows none.
 */
public final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final int total;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private int done;
    private int failed;
    private int lastTenth;
    private boolean drawn;

    public Progress(PrintStream err, int total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
    }

    /** Counts a finished document; {@code print} writes its lines, with the bar out of their way. */
    public synchronized void finished(boolean documentFailed, Runnable print) {
        done++;
        if (documentFailed) {
            failed++;
        }
        if (drawn) {
            err.print("\r\033[K");
            drawn = false;
        }
        print.run();
        if (total <= 1) {
            return;
        }
        if (terminal) {
            err.print(bar());
            err.flush();
            drawn = done < total;
            if (!drawn) {
                err.println();
            }
        } else if (done * 10 / total > lastTenth || done == total) {
            lastTenth = done * 10 / total;
            err.println("load: " + status());
        }
    }

    private String bar() {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + status();
    }

    private String status() {
        double seconds = (System.nanoTime() - start) / 1e9;
        return done + "/" + total + " documents" + (failed > 0 ? ", " + failed + " failed" : "")
                + String.format(Locale.ROOT, ", %.1f documents/s", seconds > 0 ? done / seconds : 0.0);
    }
}
