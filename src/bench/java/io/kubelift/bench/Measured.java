package io.kubelift.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.kubelift.cli.Main;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Runs the command line in a JVM of its own, as a user would, then prints {@code peak-heap-bytes=N} on stderr: the
 * largest heap in use just after a garbage collection, which is what the run needed (before a collection the heap
 * also holds garbage, as much as the collector let pile up). Heap pools only.
 */
public final class Measured {
  private static final AtomicLong PEAK = new AtomicLong();

  private Measured() {}

  public static void main(String[] args) {
    watchCollections();
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = Main.run(args, out, err);
    err.println("peak-heap-bytes=" + PEAK.get());
    System.exit(code);
  }

  private static void watchCollections() {
    Set<String> heap = new HashSet<>();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        heap.add(p.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
          Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo
              .from((CompositeData) n.getUserData()).getGcInfo().getMemoryUsageAfterGc();
          long used = 0;
          for (Map.Entry<String, MemoryUsage> e : after.entrySet()) {
            used += heap.contains(e.getKey()) ? e.getValue().getUsed() : 0;
          }
          PEAK.accumulateAndGet(used, Math::max);
        }
      }, null, null);
    }
  }
}
