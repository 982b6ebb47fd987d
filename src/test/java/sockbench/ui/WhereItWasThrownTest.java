package sockbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhereItWasThrownTest {

    @Test
    void should_put_the_frames_of_an_exception_kept_from_another_thread_in_the_message() {
        ConcurrentModificationException cme = null;
        List<Integer> list = new ArrayList<>(List.of(1, 2));
        try {
            for (Integer i : list) {
                list.add(i);
            }
        } catch (ConcurrentModificationException e) {
            cme = e;
        }
        // as TestFX throws what it kept: wrapped in a plain RuntimeException
        Throwable located = WhereItWasThrown.located(new RuntimeException(cme));

        assertThat(located).isInstanceOf(AssertionError.class).hasCauseInstanceOf(RuntimeException.class);
        assertThat(located.getMessage()).startsWith("thrown on another thread and kept by TestFX: java.util.ConcurrentModificationException")
                .contains("at java.base/java.util.ArrayList$Itr.checkForComodification")
                .contains("WhereItWasThrownTest.should_put_the_frames");
    }

    @Test
    void should_leave_assertion_failures_and_other_exceptions_as_they_are() {
        AssertionError failed = new AssertionError("expected 1");
        IllegalStateException other = new IllegalStateException("x", new RuntimeException());
        assertThat(WhereItWasThrown.located(failed)).isSameAs(failed);
        assertThat(WhereItWasThrown.located(other)).isSameAs(other);
    }
}
