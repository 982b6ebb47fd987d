package sockbench.ui.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import sockbench.net.NetException;
import sockbench.net.wire.Capture;
import sockbench.net.wire.CaptureOptions;
import sockbench.ui.async.Pulse;

/** A stop while the capture is still starting (the view closed at once) leaves no capture running. */
class WireViewModelStopTest {

    @Test
    void should_undo_a_start_that_a_stop_overtook() throws Exception {
        assumeTrue(canCapture(), "no CAP_NET_RAW here");
        ExecutorService engine = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Capture> made = new AtomicReference<>();
        WireViewModel vm = new WireViewModel(engine, new Pulse(), List::of, options -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Capture c = Capture.start(options);
            made.set(c);
            return c;
        });
        try {
            // given a start whose capture is still being made on the engine thread
            vm.start();
            // when the view stops before it is made
            vm.stop();
            release.countDown();
            engine.shutdown();
            assertThat(engine.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

            // then the capture that was made is stopped, and the view shows none
            assertThat(made.get()).isNotNull();
            assertThat(made.get().isRunning()).as("the capture the overtaken start made").isFalse();
            assertThat(made.get().socket().isClosed()).isTrue();
            assertThat(vm.capturingProperty().get()).isFalse();
        } finally {
            engine.shutdownNow();
            if (made.get() != null) {
                made.get().stop(); // the test's stop closed the view's subscriptions; this ends a capture left running
            }
        }
    }

    private static boolean canCapture() {
        try {
            Capture.start(CaptureOptions.DEFAULT).stop();
            return true;
        } catch (NetException e) {
            return false;
        }
    }
}
