package sockbench.script;

import java.time.Duration;
import java.time.Instant;

/** The process's clocks and sleep: current-process-milliseconds, current-milliseconds, cpu-time, sleep, process-sleep; and qs. */
final class ProcessPrimitives {
    /** When the process started, for current-process-milliseconds ("milliseconds since process startup"). */
    private static final long STARTED = ProcessHandle.current().info().startInstant()
            .map(Instant::toEpochMilli).orElse(System.currentTimeMillis());

    private ProcessPrimitives() {
    }

    static void install(GlobalEnv g) {
        // (sleep seconds) of (chicken process-context posix): the thread sleeps; 0, as sleep(3) answers when not woken
        g.defineProcedure("sleep", 1, 1, a -> {
            long seconds = Args.integer(a[0]);
            if (seconds < 0) {
                throw Errors.wrongType("non-negative integer", a[0]);
            }
            Thread.sleep(seconds * 1000);
            return 0L;
        });
        // (process-sleep n) of (chicken process): C_i_process_sleep is sleep(3) on a fixnum
        g.defineProcedure("process-sleep", 1, 1, a -> {
            if (!(a[0] instanceof Long seconds) || seconds < 0) {
                throw Errors.wrongType("fixnum", a[0]).locate("process-sleep");
            }
            Thread.sleep(seconds * 1000);
            return 0L;
        });
        // (qs str [platform]) of (chicken process), as posix.scm quotes for a shell: '...' with ' as '\'', "..." on mingw32
        g.defineProcedure("qs", 1, 2, a -> {
            MString str = Args.string(a[0]);
            boolean mingw = a.length > 1 && a[1] == Symbol.of("mingw32");
            char delim = mingw ? '"' : '\'';
            StringBuilder quoted = new StringBuilder().append(delim);
            for (int i = 0; i < str.length(); i++) {
                char c = str.charAt(i);
                if (c == 0) {
                    throw Errors.located("qs", java.util.List.of("exn"), "NUL character can not be represented in shell string", str);
                }
                quoted.append(c == delim ? (mingw ? "\"\"" : "'\\''") : String.valueOf(c));
            }
            return MString.of(quoted.append(delim));
        });
        g.defineProcedure("current-process-milliseconds", 0, 0, a -> System.currentTimeMillis() - STARTED);
        // CHICKEN 5.3's deprecated alias: C_milliseconds() is C_current_process_milliseconds() (runtime.c)
        g.defineProcedure("current-milliseconds", 0, 0, a -> System.currentTimeMillis() - STARTED);
        // (cpu-time) gives user and system time; the JVM tells only their sum, given here as user time
        g.defineProcedure("cpu-time", 0, 0, a -> Values.of(
                ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(0L), 0L));
    }
}
