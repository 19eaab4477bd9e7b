/**
 * Turns findings into ratings: per dimension the worst fired finding, unknowns kept apart from EASY, blockers,
 * confidence and live-migratability, for every VM and every application. Aggregation is order-independent, so the
 * same inventory gives the same assessment whatever order its records came in.
 */
package io.kubelift.assess;
