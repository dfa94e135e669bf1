package org.openbudget.budget.departmentbudget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openbudget.budget.document.BudgetDocument;
import org.openbudget.budget.document.BudgetSummary;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.disclosure.workflow.WorkflowStatus;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.security.Access;

import java.util.List;
import java.util.Optional;

/**
 * What a caller may read of one department-year. Those who read the department's drafts (its editors, the reviewers
 * of its region, auditors) see every adjustment whatever its status; anyone else sees published adjustments only:
 * the current one is replaced by the latest published one (during a 调整预算 the last published revision), and a
 * department-year with nothing published is a refusal (401 anonymous / 403 signed in), never a 404, so that an
 * outsider cannot tell a draft from nothing. Every read of figures — the document, tables, validation, history —
 * goes through here, so no draft figure leaks through a side door.
 */
@ApplicationScoped
public class BudgetReads {

    /** For the OpenAPI descriptions of the reads that may show drafts. */
    public static final String WHO_SEES_DRAFTS = "Drafts (any adjustment not published: draft, submitted, approved) "
            + "are shown only to an editor of the department, a reviewer of its region or an auditor. Anyone else, "
            + "without a token too, gets published adjustments only: instead of the current adjustment the latest "
            + "published one, and 401 (no token) or 403 where nothing asked for is published.";

    private final Access access;
    private final BudgetService budgets;

    public BudgetReads(Access access, BudgetService budgets) {
        this.access = access;
        this.budgets = budgets;
    }

    /** The current adjustment for draft readers (empty when there is no budget); the latest published for others. */
    @Transactional
    public Optional<BudgetDocument> current(String dept, int year, AmountUnit unit) {
        if (access.readsDrafts(dept)) {
            return budgets.current(dept, year, unit);
        }
        return Optional.of(budgets.latestPublished(dept, year, unit).orElseThrow(() -> unpublished(dept, year)));
    }

    /** Adjustment {@code n}: any for draft readers (empty when it does not exist), a published one for others. */
    @Transactional
    public Optional<BudgetDocument> adjustment(String dept, int year, int n, AmountUnit unit) {
        boolean drafts = access.readsDrafts(dept);
        Optional<BudgetDocument> found = budgets.adjustment(dept, year, n, unit);
        if (drafts || found.map(d -> d.status() == WorkflowStatus.PUBLISHED).orElse(false)) {
            return found;
        }
        throw unpublished(dept, year);
    }

    /** {@link #adjustment} when {@code n} is given, else {@link #current}: the {@code ?adjustment=} of tables and validation. */
    @Transactional
    public BudgetDocument chosen(String dept, int year, Integer n, AmountUnit unit) {
        Optional<BudgetDocument> doc = n == null ? current(dept, year, unit) : adjustment(dept, year, n, unit);
        return doc.orElseThrow(() -> ProblemException.notFound("no budget of department " + dept + " for " + year
                + (n == null ? "" : ", adjustment " + n)));
    }

    /** Every adjustment for draft readers; the published ones for others (none published: refused). */
    @Transactional
    public List<BudgetSummary> history(String dept, int year) {
        if (access.readsDrafts(dept)) {
            return budgets.history(dept, year).orElseThrow(() -> ProblemException.notFound(
                    "no budget of department " + dept + " for " + year));
        }
        List<BudgetSummary> published = budgets.history(dept, year).orElse(List.of()).stream()
                .filter(s -> s.status() == WorkflowStatus.PUBLISHED).toList();
        if (published.isEmpty()) {
            throw unpublished(dept, year);
        }
        return published;
    }

    private ProblemException unpublished(String dept, int year) {
        return access.denied("read budget " + dept + "/" + year + " beyond what is published",
                "an editor of the department, a reviewer of its region or an auditor");
    }
}
