/**
 * RVTools exports of vCenter, as an .xlsx workbook (streamed) or one CSV file per tab: vInfo makes the VMs, vDisk,
 * vNetwork, vSnapshot, vTools, vCD, vUSB and vPartition add to them, joined by VM UUID, VM ID or name with hash
 * lookups. See docs/rvtools.md for which column means what.
 */
package io.kubelift.inventory.rvtools;
