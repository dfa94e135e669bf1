/**
 * The disclosure model (部门预算信息公开): what a department-year budget contains, the figures derived from it,
 * the nine tables printed from it, money and units, and the event contract. Plain Java — no framework — so that
 * budget-service, aggregation-service and the loader share one definition.
 */
package org.openbudget.disclosure;
