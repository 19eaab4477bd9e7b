/**
 * The command line: thin picocli commands that wire readers, rubric, assessment and renderers together, and map
 * input errors to one line on stderr with exit status 2.
 */
package io.kubelift.cli;
