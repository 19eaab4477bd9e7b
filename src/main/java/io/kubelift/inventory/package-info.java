/**
 * Readers that turn inventory files into the model: one small class per format behind {@link
 * io.kubelift.inventory.InventoryReader}, chosen by sniffing the content (or by name), and the loader that merges
 * inputs, resolves applications and accounts for every record read or rejected.
 */
package io.kubelift.inventory;
