package sockbench.net;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Records the native calls the engine makes on the thread that started the recording (the
 * {@link SyscallTrace} calls listeners on the calling thread), so other threads' calls do not count.
 */
final class Calls implements AutoCloseable {
    private final Thread thread = Thread.currentThread();
    private final List<TraceEvent> events = new CopyOnWriteArrayList<>();
    private final AutoCloseable handle;

    private Calls() {
        handle = SyscallTrace.listen(e -> {
            if (Thread.currentThread() == thread) {
                events.add(e);
            }
        });
    }

    static Calls record() {
        return new Calls();
    }

    List<TraceEvent> events() {
        return List.copyOf(events);
    }

    List<String> names() {
        return events.stream().map(TraceEvent::syscall).collect(Collectors.toList());
    }

    List<TraceEvent> of(String syscall) {
        return events.stream().filter(e -> e.syscall().equals(syscall)).collect(Collectors.toList());
    }

    @Override
    public void close() {
        try {
            handle.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
