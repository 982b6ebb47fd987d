package sockbench.script;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * (chicken gc) over the JVM's collector: {@code (gc [major?])} collects and answers the free heap
 * bytes, {@code (memory-statistics)} the heap's size, its use and the young generation's size,
 * {@code (current-gc-milliseconds)} the collectors' time since the last call. The JVM decides
 * which collection runs: a minor {@code (gc #f)} only asks for one.
 */
final class GcPrimitives {
    private GcPrimitives() {}

    static void install(GlobalEnv g) {
        g.defineProcedure("gc", 0, 1, a -> {
            System.gc();
            return Runtime.getRuntime().freeMemory();
        });
        g.defineProcedure("memory-statistics", 0, 0, a -> {
            System.gc();
            Runtime r = Runtime.getRuntime();
            return new Object[] {r.totalMemory(), r.totalMemory() - r.freeMemory(), nurserySize()};
        });
        AtomicLong reported = new AtomicLong();
        g.defineProcedure("current-gc-milliseconds", 0, 0, a -> {
            long total = 0;
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                total += Math.max(0, collector.getCollectionTime());
            }
            return total - reported.getAndSet(total);
        });
    }

    /** The committed size of the heap's young (eden) space, 0 where the collector has none. */
    private static long nurserySize() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().toLowerCase(java.util.Locale.ROOT).contains("eden")) {
                return pool.getUsage().getCommitted();
            }
        }
        return 0L;
    }
}
