/**
 * The versioned-part kit: the HTTP side of the one workflow of a budget, a performance-target set and a procurement
 * plan (rules: {@code disclosure-model} {@code org.openbudget.disclosure.workflow}, docs/DESIGN.md §6).
 *
 * <ul>
 *   <li>{@link org.openbudget.common.versioned.VersionTag} — the ETag is the part's version ({@code "7"}), If-Match
 *       takes it back ({@code "7"}, {@code W/"7"} or {@code 7}); 412 when it is stale, 428 where it is required;</li>
 *   <li>{@link org.openbudget.common.versioned.PartWorkflow} — who may take an action, the next status, whether
 *       content may change; a refusal is a 409;</li>
 *   <li>{@link org.openbudget.common.versioned.VersionedProblems} — the problem types, one naming in every service.</li>
 * </ul>
 */
package org.openbudget.common.versioned;
