/** The flat CSV template, one row per VM, for the spreadsheets migration teams keep (docs/flat-csv.md). */
package io.kubelift.inventory.csv;
