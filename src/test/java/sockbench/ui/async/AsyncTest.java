package sockbench.ui.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AsyncTest {

    @Test
    void should_run_a_named_task_off_the_caller_and_hand_back_its_value() throws Exception {
        ExecutorService pool = Threads.enginePool();
        try {
            List<String> names = new CopyOnWriteArrayList<>();
            CountDownLatch done = new CountDownLatch(1);
            EngineTask.submit(new Threads(pool, Runnable::run), "socket-accept s1", () -> {
                names.add(Thread.currentThread().getName());
                return 42;
            }, v -> {
                names.add("value " + v);
                done.countDown();
            }, e -> done.countDown());
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(names).containsExactly("sockbench socket-accept s1", "value 42");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_hand_a_failure_to_the_failure_callback() {
        List<Throwable> failures = new ArrayList<>();
        EngineTask.submit(Threads.direct(), "boom", () -> {
            throw new IllegalStateException("boom");
        }, v -> { }, failures::add);
        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("boom");
    }

    @Test
    void should_call_a_readout_on_the_first_pulse_and_then_at_most_once_per_interval() {
        Pulse pulse = new Pulse();
        List<Long> calls = new ArrayList<>();
        pulse.every(250, calls::add);
        long ms = 1_000_000L;
        for (long t = 1000; t <= 1600; t += 16) { // 60 Hz pulses for 600 ms
            pulse.tick(t * ms);
        }
        assertThat(calls).containsExactly(1000 * ms, 1256 * ms, 1512 * ms);
    }

    @Test
    void should_apply_a_burst_of_notifications_in_one_batch() {
        // given a queue whose engine side runs only when asked
        List<Runnable> engine = new ArrayList<>();
        List<List<String>> batches = new ArrayList<>();
        CoalescingQueue<String, String> q = new CoalescingQueue<>(new Threads(engine::add, Runnable::run),
                String::toUpperCase, batches::add);

        // when many items (with duplicates) arrive before the drain runs
        for (int i = 0; i < 1000; i++) {
            q.offer("s" + (i % 3));
        }
        assertThat(engine).hasSize(1);
        engine.remove(0).run();

        // then one batch holds each item once
        assertThat(batches).containsExactly(List.of("S0", "S1", "S2"));
    }

    @Test
    void should_take_an_item_offered_during_a_drain_in_that_drain_so_snapshots_reach_the_ui_in_order() {
        // given a queue whose snapshot of the first item sees a new change arrive meanwhile
        List<Runnable> engine = new ArrayList<>();
        List<List<String>> batches = new ArrayList<>();
        int[] calls = {0};
        CoalescingQueue<String, String>[] q = new CoalescingQueue[1];
        q[0] = new CoalescingQueue<>(new Threads(engine::add, Runnable::run), item -> {
            calls[0]++;
            if (calls[0] == 1) {
                q[0].offer(item); // the socket changed while its snapshot was taken
            }
            return item + " #" + calls[0];
        }, batches::add);

        // when the one scheduled drain runs
        q[0].offer("s2");
        assertThat(engine).hasSize(1);
        engine.remove(0).run();

        // then no second drain was started beside it (it could hand the ui its older snapshot last),
        // and the newer snapshot came after the older one
        assertThat(engine).isEmpty();
        assertThat(batches).containsExactly(List.of("s2 #1"), List.of("s2 #2"));
    }

    @Test
    void should_drain_again_after_a_snapshot_that_threw() {
        List<Runnable> engine = new ArrayList<>();
        List<List<String>> batches = new ArrayList<>();
        CoalescingQueue<String, String> q = new CoalescingQueue<>(new Threads(engine::add, Runnable::run), item -> {
            if (item.equals("bad")) {
                throw new IllegalStateException("snapshot failed");
            }
            return item;
        }, batches::add);
        q.offer("bad");
        Runnable first = engine.remove(0);
        org.assertj.core.api.Assertions.assertThatThrownBy(first::run).hasMessage("snapshot failed");

        q.offer("good");
        assertThat(engine).hasSize(1);
        engine.remove(0).run();
        assertThat(batches).containsExactly(List.of("good"));
    }

    @Test
    void should_run_serial_tasks_one_after_another_in_order() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            SerialExecutor serial = new SerialExecutor(pool);
            List<Integer> order = new CopyOnWriteArrayList<>();
            CountDownLatch done = new CountDownLatch(50);
            for (int i = 0; i < 50; i++) {
                int n = i;
                serial.execute(() -> {
                    order.add(n);
                    done.countDown();
                });
            }
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(order).isSorted().hasSize(50);
        } finally {
            pool.shutdownNow();
        }
    }
}
