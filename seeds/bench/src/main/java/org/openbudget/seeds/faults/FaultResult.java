package org.openbudget.seeds.faults;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One fault's figures: what the client got acknowledged and what became of it. */
record FaultResult(Fault fault, FaultIngest.Ledger ledger, int lost, Topics.Delivered delivered, double convergedSeconds,
                   boolean converged, int rollupMismatches, int rebuildDifferences, int rebuildQuestions,
                   double ingestAfterFaultSeconds, List<String> problems, Map<String, BigDecimal> notes) {

    /** A duration in seconds to a tenth, as the report prints it. */
    static BigDecimal seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toNanos(), 9).setScale(1, RoundingMode.HALF_UP);
    }

    FaultResult withNotes(Map<String, BigDecimal> more) {
        Map<String, BigDecimal> all = new LinkedHashMap<>(notes);
        all.putAll(more);
        return new FaultResult(fault, ledger, lost, delivered, convergedSeconds, converged, rollupMismatches,
                rebuildDifferences, rebuildQuestions, ingestAfterFaultSeconds, problems, all);
    }

    /** The suite's bar (issue 19): nothing lost, nothing valid dead-lettered, converged within 30 s, roll-ups exact. */
    boolean good() {
        return lost == 0 && delivered.deadLetters() == 0 && converged && convergedSeconds <= FaultMain.CONVERGE_TARGET_SECONDS
                && rollupMismatches == 0 && rebuildDifferences == 0 && ledger.refused().isEmpty();
    }

    String line() {
        String convergence = converged ? String.format("%.1f s", convergedSeconds) : "NO";
        String rollups = rollupMismatches == 0 ? "exact" : rollupMismatches + " off";
        String rebuild = rebuildDifferences == 0 ? "same" : rebuildDifferences + "/" + rebuildQuestions + " differ";
        StringBuilder s = new StringBuilder(String.format("%-20s %6d %5d %6d %5d %5d %10s %9s %8s  %s", fault.id,
                ledger.acknowledged().size(), lost, ledger.retries(), delivered.duplicates(), delivered.deadLetters(),
                convergence, rollups, rebuild, ledger.answers()));
        notes.forEach((name, value) -> s.append("  ").append(name).append(' ').append(value));
        if (!ledger.refused().isEmpty()) {
            s.append("\n    refused (4xx): ").append(ledger.refused().stream().limit(5).toList());
        }
        problems.forEach(p -> s.append("\n    ").append(p));
        return s.toString();
    }

    Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("fault", fault.id);
        out.put("description", fault.description);
        out.put("acknowledged", ledger.acknowledged().size());
        out.put("lost", lost);
        out.put("refused", ledger.refused());
        out.put("clientRetries", ledger.retries());
        out.put("answersSeenByClient", ledger.answers());
        out.put("eventsPublished", delivered.events());
        out.put("duplicatesPublished", delivered.duplicates());
        out.put("deadLettered", delivered.deadLetters());
        out.put("converged", converged);
        out.put("secondsToConverge", Math.round(convergedSeconds * 10) / 10.0);
        out.put("ingestSecondsAfterFaultEnded", Math.round(ingestAfterFaultSeconds * 10) / 10.0);
        out.put("rollupMismatches", rollupMismatches);
        out.put("rebuildDifferences", rebuildDifferences);
        out.put("rebuildQuestions", rebuildQuestions);
        out.putAll(notes);
        out.put("passed", good());
        out.put("problems", problems);
        return out;
    }
}
