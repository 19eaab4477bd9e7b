/**
 * Renderers: projections of an {@link io.kubelift.assess.Assessment} into files and text, each behind {@link
 * io.kubelift.report.ReportRenderer} and chosen by format name. {@code assessment.json} is the canonical one; every
 * other report shows the same facts. Output is deterministic and written atomically.
 */
package io.kubelift.report;
