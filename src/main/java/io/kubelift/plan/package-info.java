/**
 * The migration plan: for each application (and each standalone VM) the KubeVirt, CDI and Multus manifests that
 * carry it onto Kubernetes, the ContainerDisk build files, and an ordered runbook. The plan reads the same facts as
 * the assessment: a stateless VM gets a ContainerDisk, a stateful one DataVolumes; the workload's re-creation
 * policy sets the run strategy; segments become NetworkAttachmentDefinitions and host names Services. Decisions are
 * taken once per VM ({@link io.kubelift.plan.VmTarget}) and small ordered enrichers, one concern each, turn them into
 * fabric8 objects (KubeVirt and CDI kinds as insertion-ordered generic resources), serialised by fabric8 to
 * multi-document YAML. Blocked applications get a runbook that says why and no manifests. What is known of the
 * target cluster reaches the plan through the assessment's cluster facts ({@link io.kubelift.plan.TargetCluster}):
 * storage classes and modes, Multus, SR-IOV, hugepages, dedicated CPUs and fencing shape the manifests and the
 * runbook; without cluster facts the plan is what it was before they existed.
 */
package io.kubelift.plan;
