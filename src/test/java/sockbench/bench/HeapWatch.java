package sockbench.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap after each collection the JVM chose to make, for a window benchmark's measured seconds: a
 * forced {@code System.gc()} there stops the world for tens of milliseconds, and its pauses would be
 * the very pulse intervals the benchmark reports (a dozen forced collections were the p99 of a
 * 20-second run). The lowest reading of an interval is its floor: a heap that leaks raises the floor
 * from interval to interval, whatever the young collections leave in between.
 */
final class HeapWatch implements AutoCloseable {
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong floor = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong collections = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::heard;

    HeapWatch() {
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
    }

    private void heard(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        collections.incrementAndGet();
        floor.accumulateAndGet(used, Math::min);
    }

    /** " 5s:61.2MB (14 GCs)": the lowest heap after a collection since the last call, and how many there were; starts the next interval. */
    String interval(int second) {
        long low = floor.getAndSet(Long.MAX_VALUE);
        long count = collections.getAndSet(0);
        return low == Long.MAX_VALUE ? String.format(" %ds: no GC", second)
                : String.format(" %ds:%.1fMB (%d GCs)", second, low / 1e6, count);
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
