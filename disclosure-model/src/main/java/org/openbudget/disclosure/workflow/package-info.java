/**
 * The one life cycle of a versioned part (版本化的公开内容) — a department-year budget, its performance targets,
 * its procurement plan: the statuses, the actions between them and who takes each, as plain data and rules.
 *
 * <table>
 *   <caption>The rule set of all three owners (budget-service, performance-service, asset-service)</caption>
 *   <tr><th>from</th><th>action</th><th>to</th><th>who</th></tr>
 *   <tr><td>draft</td><td>submit (报送)</td><td>submitted</td><td>editor of the department</td></tr>
 *   <tr><td>submitted</td><td>return (退回)</td><td>draft</td><td>reviewer of its region</td></tr>
 *   <tr><td>submitted</td><td>approve (批复)</td><td>approved</td><td>reviewer of its region</td></tr>
 *   <tr><td>approved</td><td>publish (公开)</td><td>published</td><td>editor of the department</td></tr>
 *   <tr><td>approved or published</td><td>adjust (调整)</td><td>a new version, in draft; the old one stays as it
 *       is and a published one stays readable</td><td>editor of the department</td></tr>
 * </table>
 *
 * Content changes only in draft. Nothing else moves: an approved version never goes back to draft by itself, and a
 * published one never changes. {@link org.openbudget.disclosure.workflow.WorkflowRules} answers each request with
 * the next status or a {@link org.openbudget.disclosure.workflow.Refusal}; the HTTP side (If-Match, 409/412/428
 * problems) is common's {@code org.openbudget.common.versioned}.
 */
package org.openbudget.disclosure.workflow;
