/**
 * Reading structured text safely and keeping track of where each value stood: bounded YAML/JSON parsing, line
 * numbers for every node, JSON Schema checks that name the offending line, and the one exception type that the
 * command line turns into a one-line error. Used by the inventory readers and the rubric loader alike.
 */
package io.kubelift.source;
