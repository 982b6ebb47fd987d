package sockbench.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sockbench.net.NetException;
import sockbench.ui.async.Threads;
import sockbench.ui.transcript.TranscriptEntry;
import sockbench.ui.transcript.TranscriptViewModel;

/** Cancel of a window action interrupts the engine thread performing it, and the transcript says "cancelled". */
class ActionCancelTest {
    private final ExecutorService pool = Threads.enginePool();
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private final Threads threads = new Threads(pool, ui::add);
    private final TranscriptViewModel transcript = new TranscriptViewModel(threads);

    @AfterEach
    void end() {
        pool.shutdownNow();
    }

    @Test
    void should_interrupt_the_waiting_call_and_show_cancelled() throws Exception {
        // given an action that waits as an engine call does, ending with the engine's cancelled condition on interrupt
        CountDownLatch waiting = new CountDownLatch(1);
        ActionRunner runner = new ActionRunner(threads, transcript);
        ActionFuture<Void> f = runner.start(SimpleAction.doing("socket-accept s1", "(socket-accept s1)", () -> {
            waiting.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                throw new NetException(java.util.List.of("exn", "i/o", "net", "cancelled"), "socket-accept: cancelled");
            }
        }));
        assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
        TranscriptEntry entry = transcript.entries().get(0);

        // when the transcript's cancel is pressed
        entry.requestCancel();
        Runnable done = ui.poll(10, TimeUnit.SECONDS);
        assertThat(done).isNotNull();
        done.run();

        // then the entry is cancelled, not failed, and the future says so
        assertThat(entry.status()).isEqualTo(TranscriptEntry.Status.CANCELLED);
        assertThat(entry.error()).isNull();
        assertThat(f).isCompletedExceptionally();
        assertThat(f.handle((x, e) -> e).get()).isInstanceOf(CancellationException.class);
    }

    @Test
    void should_not_interrupt_the_next_task_of_the_same_thread_after_a_late_cancel() throws Exception {
        // given an action that has finished on a one-thread pool
        ExecutorService one = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            Threads t = new Threads(one, Runnable::run);
            ActionRunner runner = new ActionRunner(t, new TranscriptViewModel(t));
            ActionFuture<Integer> first = runner.start(SimpleAction.of("quick", "(quick)", () -> 1));
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);

            // when it is cancelled late, then the next task on that thread is not interrupted
            assertThat(first.cancel(true)).isFalse();
            ActionFuture<Boolean> next = runner.start(SimpleAction.of("next", "(next)", () -> {
                Thread.sleep(20);
                return Thread.currentThread().isInterrupted();
            }));
            assertThat(next.get(10, TimeUnit.SECONDS)).isFalse();
        } finally {
            one.shutdownNow();
        }
    }
}
