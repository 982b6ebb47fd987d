package sockbench.net;

/**
 * One native call as the trace sees it: {@code send(7, "hello", 5, MSG_NOSIGNAL) = 5}.
 *
 * @param fd        the descriptor the call was about, or -1
 * @param syscall   the C name
 * @param arguments the arguments written as C would show them
 * @param result    the return value (-1 on failure)
 * @param errno     the errno symbol when the call failed, else null
 * @param startNanos {@link System#nanoTime()} when the call began
 * @param durationNanos how long the call took
 */
public record TraceEvent(int fd, String syscall, String arguments, long result, String errno,
                         long startNanos, long durationNanos) {

    /** The call as strace would print it. */
    @Override
    public String toString() {
        return syscall + "(" + arguments + ") = " + result + (errno != null ? " " + errno : "");
    }
}
