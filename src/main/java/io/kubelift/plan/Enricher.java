package io.kubelift.plan;

/** One concern of a plan (networks, disks, VMs, Services, …) turned into objects or files; run in order. */
interface Enricher {
  void enrich(Draft draft);
}
