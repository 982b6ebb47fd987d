package sockbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import sockbench.net.SocketState;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.trace.TraceViewModel;
import sockbench.ui.workbench.Workbench;

class TraceWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @BeforeEach
    void robot(FxRobot r) {
        robot = r;
    }

    @Test
    void should_trace_a_loopback_pair_and_filter_the_calls_of_one_socket() {
        // given the trace view open (it records from then on)
        click("#nav-" + Workbench.TRACE);
        assertThat(model.trace().recordingProperty().get()).isTrue();

        // when a loopback pair is made
        click("#nav-" + Workbench.SOCKETS);
        click("#loopback-pair");
        waitUntil("the pair is connected", () -> model.sockets().rows().size() == 3
                && model.sockets().rows().get(2).state() == SocketState.CONNECTED);
        SocketRow client = model.sockets().rows().get(1);
        click("#nav-" + Workbench.TRACE);
        waitUntil("the client's connect is traced", () -> model.trace().rows().stream()
                .anyMatch(r -> r.syscall().equals("connect") && r.socket().equals("s2")));

        // and the person picks s2 in the filter
        click("#trace-filter");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(n -> ((javafx.scene.control.ListCell<?>) n).getText() != null
                && ((javafx.scene.control.ListCell<?>) n).getText().startsWith("s2 ")).<javafx.scene.Node>query());
        waitUntil("the filter applies", () -> model.trace().filterProperty().get() == client);

        // then the table shows only s2's calls, C-style, and the window's own polling is left out
        TableView<TraceViewModel.Row> table = robot.lookup("#trace-table").queryTableView();
        assertThat(table.getItems()).isNotEmpty().allMatch(r -> r.fd() == client.socket().fileno());
        assertThat(table.getItems()).anyMatch(r -> r.syscall().equals("connect") && r.arguments().startsWith(r.fd() + ", "));
        assertThat(model.trace().rows()).noneMatch(r -> r.syscall().equals("ioctl"));
    }
}
