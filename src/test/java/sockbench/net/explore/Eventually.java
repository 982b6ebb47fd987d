package sockbench.net.explore;

import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits for a condition another thread makes true (a counter a responder's thread bumps after its
 * reply left), bounded at 10 s, failing with what was awaited. Checks every millisecond.
 */
final class Eventually {
    private Eventually() {}

    static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s: " + what);
            }
            LockSupport.parkNanos(1_000_000);
        }
    }
}
