package sockbench.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The process's open file descriptors, as {@code /proc/self/fd} lists them. */
final class Fds {
    private static final Path FD_DIR = Path.of("/proc/self/fd");

    private Fds() {}

    /**
     * How many descriptors are open, not counting those that point into /proc: the listing's own
     * directory, and /proc files any other thread of the JVM happens to be reading at that moment.
     */
    static int count() {
        return (int) snapshot().values().stream().filter(target -> !target.startsWith("/proc/")).count();
    }

    /**
     * Lets sockets that earlier tests dropped unclosed be closed by their Cleaner first, so a count
     * taken next moves only with what the test itself does: collects garbage until the count holds
     * still (about two seconds at most).
     */
    static void settle() {
        int last = -1;
        for (int i = 0; i < 20; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            int now = count();
            if (now == last) {
                return;
            }
            last = now;
        }
    }

    /** fd number to what it points at ({@code socket:[1234]}), for messages when a count differs. */
    static Map<Integer, String> snapshot() {
        Map<Integer, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(FD_DIR)) {
            s.forEach(p -> {
                try {
                    m.put(Integer.parseInt(p.getFileName().toString()), Files.readSymbolicLink(p).toString());
                } catch (IOException | NumberFormatException e) {
                    // closed between listing and reading: not open any more
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** What descriptor {@code fd} points at now ({@code socket:[1234]}), or null when it is not open. */
    static String target(int fd) {
        try {
            return Files.readSymbolicLink(FD_DIR.resolve(Integer.toString(fd))).toString();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Checks that nothing opened since {@code before} is still open and that the count did not
     * grow. The count may shrink: other threads (a Cleaner, an earlier test's pool) close their own.
     */
    static void assertNoLeak(Map<Integer, String> before, int countBefore) {
        Map<Integer, String> leaked = openedSince(before);
        leaked.values().removeIf(target -> target.startsWith("/proc/"));
        org.assertj.core.api.Assertions.assertThat(leaked).as("descriptors opened and not closed").isEmpty();
        org.assertj.core.api.Assertions.assertThat(count()).as("open descriptors").isLessThanOrEqualTo(countBefore);
    }

    /** What is open now that was not in {@code before}. */
    static Map<Integer, String> openedSince(Map<Integer, String> before) {
        Map<Integer, String> now = snapshot();
        now.entrySet().removeIf(e -> e.getValue().equals(before.get(e.getKey())));
        return now;
    }
}
