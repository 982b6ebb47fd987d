package sockbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Bad text typed into each field of each view is a message at that field, in the error colour,
 * never an uncaught exception (nor a Java class name). Every thread's uncaught exceptions are
 * collected while the test runs.
 */
class BadInputWindowTest extends WindowTest {
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previous;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @BeforeEach
    void given(FxRobot r) throws Exception {
        robot = r;
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e)))
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> model.sockets().loopbackPair()).get(WAIT_SECONDS, TimeUnit.SECONDS)
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }

    /** The message under a field: shown, in the error colour, with the full text as its tooltip. */
    private String message(String id) {
        waitUntil(id + " shows a message", () -> {
            Node n = find(id);
            return n.isVisible() && !((Labeled) n).getText().isEmpty();
        });
        Labeled l = find(id);
        assertThat(l.getStyleClass()).contains("field-error");
        assertThat(l.getTooltip().getText()).isEqualTo(l.getText());
        assertThat(l.getText()).doesNotContain("Exception").doesNotContain("java.");
        return l.getText();
    }

    private void typeInSpinner(String id, String text) {
        Spinner<?> s = find(id);
        reveal(s);
        robot.clickOn(s.getEditor());
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tab(String id) {
        WaitForAsyncUtils.waitForAsyncFx(WAIT_SECONDS * 1000, () -> {
            TabPane tabs = robot.lookup("#option-tabs").query();
            for (Tab t : tabs.getTabs()) {
                if (id.equals(t.getId())) {
                    tabs.getSelectionModel().select(t);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void should_answer_bad_text_in_every_field_with_a_message_at_the_field() {
        int entries = model.transcript().entries().size();

        // sockets: a backlog too large to be one, a port beyond 65535
        click("#nav-sockets");
        typeInSpinner("#backlog", "99999999999");
        assertThat(message("#backlog-problem")).contains("99999999999").contains("0 to 65535");
        click("#listen");
        type("#port", "70000");
        assertThat(message("#port-problem")).contains("70000");
        click("#connect");
        assertThat(model.transcript().entries()).hasSize(entries);

        // options: an integer option given letters; the low-level panel's length and bytes
        click("#nav-options");
        type("#opt-so-receive-buffer", "abc");
        robot.push(KeyCode.ENTER);
        assertThat(message("#opt-so-receive-buffer-problem")).contains("abc");
        tab("tab-low-level");
        type("#ll-length", "abc");
        click("#ll-get");
        assertThat(message("#ll-length-problem")).contains("length").contains("abc");
        click("#ll-kind-bytes");
        type("#ll-value", "zz");
        click("#ll-set");
        assertThat(message("#ll-value-problem")).contains("zz");
        assertThat(model.transcript().entries()).hasSize(entries);

        // the struct editor: a byte box with zz is refused, not taken as 00, and apply waits for a byte
        tab("tab-struct");
        type("#byte-0", "zz");
        assertThat(message("#struct-problem")).contains("+0").contains("zz");
        assertThat(robot.lookup("#struct-apply").query().isDisabled()).isTrue();
        type("#field-l_linger", "99999999999");
        assertThat(message("#field-l_linger-problem")).contains("l_linger");

        // transfer: a receive length and a start that are not numbers
        click("#nav-transfer");
        typeInSpinner("@receive-length-s2", "zz");
        assertThat(message("@receive-length-s2-problem")).contains("zz");
        type("@start-s2", "abc");
        waitUntil("the preview says why", () -> text("@preview-s2").contains("start"));

        // buffering: a size that is no size, a repeat count that is no count
        click("#nav-buffering");
        type("#send-buffer-size", "abc");
        click("#open-ports");
        assertThat(message("#ports-problem")).contains("socket-send-buffer-size").contains("abc");
        typeInSpinner("#write-repeat", "zz");
        assertThat(message("#write-repeat-problem")).contains("zz");

        // resolver: name-information of an address that is none
        click("#nav-resolver");
        type("#ni-address", "300.1.1.1");
        click("#look-up");
        assertThat(message("#ni-problem")).contains("300.1.1.1");

        // and nothing escaped as an uncaught exception
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(uncaught).isEmpty();
        assertThat(model.statusProperty().get()).doesNotContain("Exception");
    }
}
