/**
 * Rubrics as data: loading and validating rules written in YAML, the catalogue of named facts those rules may
 * consult, and the evaluator that turns a VM or an application into findings. A condition is three-valued: a rule
 * whose facts are missing yields an {@code UNKNOWN} finding, never a silent pass. Nothing here knows about KubeVirt;
 * the rubric files do.
 */
package io.kubelift.rubric;
