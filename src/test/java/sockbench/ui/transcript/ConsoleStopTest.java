package sockbench.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sockbench.ui.ConsoleEvaluator;
import sockbench.ui.async.Threads;
import sockbench.ui.async.UiQueue;

/**
 * Stop (Escape) on the console: the running form ends as "stopped", the thread evaluating it is
 * interrupted, and the console takes the next form even when the stopped one never returns. The ui
 * executor is a queue the test drains, as the FX thread would run it.
 */
class ConsoleStopTest {
    private final ExecutorService pool = Threads.enginePool();
    private final UiQueue ui = new UiQueue();
    private final Threads threads = ui.threads(pool);
    private final TranscriptViewModel transcript = new TranscriptViewModel(threads);
    private final AtomicBoolean release = new AtomicBoolean();

    @AfterEach
    void end() {
        release.set(true);
        pool.shutdownNow();
    }

    /** Runs what the engine threads handed to the ui until the condition holds (bounded). */
    private void uiUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        ui.runUntil("the stopped form's entry is finished", done, () -> { });
    }

    @Test
    void should_interrupt_a_waiting_form_and_run_the_next() throws Exception {
        // given a form that waits until it is interrupted (as a cancellable socket-accept does)
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        ConsoleViewModel console = new ConsoleViewModel(threads, transcript, text -> {
            if (text.equals("(socket-accept s1)")) {
                started.countDown();
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    return ConsoleEvaluator.Result.error("", e);
                }
            }
            return ConsoleEvaluator.Result.value("", "42");
        });
        console.textProperty().set("(socket-accept s1)");
        console.submit();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(console.busyProperty().get()).isTrue();

        // when Stop is pressed
        console.stop();

        // then the form says stopped at once, its thread was interrupted, and the next form runs
        TranscriptEntry first = transcript.entries().get(0);
        assertThat(first.status()).isEqualTo(TranscriptEntry.Status.STOPPED);
        assertThat(console.busyProperty().get()).isFalse();
        console.textProperty().set("(+ 40 2)");
        console.submit();
        uiUntil(() -> transcript.entries().get(1).isFinished());
        // the stopped thread wakes on its own schedule: the next form may finish before it notices
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the stopped form's thread was interrupted").isTrue();
        assertThat(transcript.entries().get(1).result()).isEqualTo("42");
        assertThat(first.status()).isEqualTo(TranscriptEntry.Status.STOPPED);
    }

    @Test
    void should_stay_usable_when_a_stopped_form_ignores_its_interrupt() throws Exception {
        // given a runaway form that ignores interrupts, like (let loop () (loop)) in an evaluator that never checks
        CountDownLatch started = new CountDownLatch(1);
        ConsoleViewModel console = new ConsoleViewModel(threads, transcript, text -> {
            if (text.equals("(let loop () (loop))")) {
                started.countDown();
                while (!release.get()) {
                    Thread.onSpinWait();
                }
            }
            return ConsoleEvaluator.Result.value("", "ok");
        });
        console.textProperty().set("(let loop () (loop))");
        console.submit();
        console.textProperty().set("(display 1)");
        CompletableFuture<ConsoleEvaluator.Result> queued = console.run(new ConsoleEvaluator.Form("(queued)", 1, null));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        // when Stop is pressed
        console.stop();

        // then the runaway and the form queued behind it are stopped, and a new form still runs
        assertThat(transcript.entries()).extracting(TranscriptEntry::status)
                .containsExactly(TranscriptEntry.Status.STOPPED, TranscriptEntry.Status.STOPPED);
        assertThat(queued).isCompletedExceptionally();
        console.submit();
        uiUntil(() -> transcript.entries().get(2).isFinished());
        assertThat(transcript.entries().get(2).result()).isEqualTo("ok");
    }
}
