/**
 * The target cluster: reads a Kubernetes cluster with fabric8 (read-only: discovery, list and get) and turns what it
 * offers into {@code cluster.*} facts, or reads and writes the same facts as a snapshot file. Every item the caller
 * may not read (403) or the cluster does not serve (404) becomes an unknown fact with its reason, never a crash;
 * only an unreachable cluster or refused credentials stop the run. Credentials never leave fabric8's
 * {@code Config}: sources are described by context name and server address only.
 */
package io.kubelift.cluster;
