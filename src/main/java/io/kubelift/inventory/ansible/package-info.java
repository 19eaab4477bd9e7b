/**
 * Facts from inside guests, gathered by {@code ansible -m setup}: they enrich the VM of the same name from another
 * input and are never assessed alone (docs/ansible-facts.md).
 */
package io.kubelift.inventory.ansible;
