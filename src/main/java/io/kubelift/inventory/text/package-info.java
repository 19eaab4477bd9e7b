/**
 * What the tabular readers share: CSV read as spreadsheets write it (encodings, delimiters, bounds), header
 * matching that ignores case and punctuation, typed cell values that reject rather than misread, and guest OS
 * names turned into family, distribution and version.
 */
package io.kubelift.inventory.text;
