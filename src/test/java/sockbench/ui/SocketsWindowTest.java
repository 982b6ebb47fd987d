package sockbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import sockbench.net.SocketState;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.transcript.TranscriptEntry;

class SocketsWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @BeforeEach
    void robot(FxRobot r) {
        robot = r;
    }

    private SocketRow row(int i) {
        return model.sockets().rows().get(i);
    }

    private void selectRow(int i) {
        Node cell = robot.lookup("#sockets-table .table-row-cell").nth(i).query();
        robot.clickOn(cell);
    }

    /** A TCP listener on 127.0.0.1, port 0 (the kernel picks); returns its name as the table shows it. */
    private String listenerOnLoopback() {
        click("#create");
        waitForFirstSocket();
        type("#host", "127.0.0.1");
        type("#port", "0");
        click("#bind");
        waitUntil("s1 is bound", () -> row(0).state() == SocketState.BOUND);
        click("#listen");
        waitUntil("s1 listens", () -> row(0).state() == SocketState.LISTENING);
        TableView<?> table = robot.lookup("#sockets-table").queryTableView();
        return (String) table.getColumns().get(3).getCellData(0);
    }

    @Test
    void should_connect_a_client_to_a_tcp_listener_and_accept_it() {
        // given a TCP listener on the loopback address, its port read from its name
        String listenerName = listenerOnLoopback();
        assertThat(listenerName).startsWith("127.0.0.1:").isNotEqualTo("127.0.0.1:0");
        String port = listenerName.substring(listenerName.lastIndexOf(':') + 1);

        // when a client is created and connected to that port, and the listener accepts
        click("#create");
        waitUntil("s2 is created and selected", () -> model.sockets().rows().size() == 2
                && model.sockets().selected() == row(1));
        type("#port", port);
        click("#connect");
        waitUntil("s2 connects", () -> row(1).state() == SocketState.CONNECTED);
        selectRow(0);
        click("#accept");
        waitUntil("s3 is accepted", () -> model.sockets().rows().size() == 3 && row(2).state() == SocketState.CONNECTED
                && !row(2).peer().equals("#f"));

        // then the table shows both ends connected to each other, and the transcript the egg forms
        TableView<?> table = robot.lookup("#sockets-table").queryTableView();
        assertThat(table.getColumns().get(4).getCellData(1)).isEqualTo(listenerName);
        assertThat(table.getColumns().get(4).getCellData(2)).isEqualTo(table.getColumns().get(3).getCellData(1));
        assertThat((String) table.getColumns().get(1).getCellData(2)).matches("#<socket fd:\\d+ af/inet sock/stream>");
        assertThat(forms()).containsExactly(
                "(define s1 (socket af/inet sock/stream))",
                "(socket-bind s1 (inet-address \"127.0.0.1\" 0))",
                "(socket-listen s1 8)",
                "(define s2 (socket af/inet sock/stream))",
                "(socket-connect s2 (socket-name s1))",
                "(define s3 (socket-accept s1))");
    }

    @Test
    void should_keep_only_the_shown_view_in_the_scene() throws Exception {
        // each pulse walks the whole scene graph: a hidden view's nodes are not in it
        assertThat(robot.lookup("#sockets-table").tryQuery()).isPresent();
        assertThat(robot.lookup("#explorer-view").tryQuery()).isEmpty();
        click("#nav-" + sockbench.ui.explorer.ExplorerView.NAME);
        assertThat(robot.lookup("#explorer-view").tryQuery()).isPresent();
        assertThat(robot.lookup("#sockets-table").tryQuery()).isEmpty();
        // and back: the view returns with its state
        click("#nav-" + sockbench.ui.workbench.Workbench.SOCKETS);
        assertThat(robot.lookup("#explorer-view").tryQuery()).isEmpty();
        assertThat(robot.lookup("#sockets-table").<javafx.scene.Node>query().isVisible()).isTrue();
    }

    @Test
    void should_explain_a_refused_connect() throws Exception {
        // given a loopback port nobody listens on, and nobody can: a socket bound there, not listening,
        // holds it for the whole test (a port freed and looked up later may be taken by another test run)
        try (java.net.Socket holder = new java.net.Socket()) {
            holder.bind(new java.net.InetSocketAddress("127.0.0.1", 0));
            refusedConnect(holder.getLocalPort());
        }
    }

    private void refusedConnect(int closedPort) {
        click("#create");
        waitForFirstSocket();

        // when the person connects there
        type("#port", Integer.toString(closedPort));
        click("#connect");
        String form = "(socket-connect s1 (inet-address \"127.0.0.1\" " + closedPort + "))";
        assertThat(text("#port")).isEqualTo(Integer.toString(closedPort));
        waitUntil("the connect fails", () -> model.transcript().entries().stream()
                .anyMatch(e -> e.form().equals(form) && e.status() == TranscriptEntry.Status.FAILED), this::windowState);

        // then the transcript shows the errno symbol and what it means, and the window carries on
        waitUntil("the error is drawn", () -> robot.lookup(".entry-error-head").queryAll().stream()
                .anyMatch(n -> n.isVisible() && ((Label) n).getText().startsWith("ECONNREFUSED")));
        assertThat(robot.lookup(".entry-error").<Label>queryAll())
                .anyMatch(n -> n.isVisible() && n.getText().startsWith("nobody listens there"));
        waitUntil("the table has the failed state", () -> row(0).state() == SocketState.CONNECT_FAILED);
        waitUntil("the state says why", () -> row(0).stateText().equals("connect failed (ECONNREFUSED)"));
        assertThat(robot.lookup("#create").queryButton().isDisabled()).isFalse();
    }

    @Test
    void should_show_a_pending_accept_and_cancel_it() {
        // given a listener
        listenerOnLoopback();

        // when the person accepts with nobody connecting
        click("#accept");
        waitUntil("the accept is pending", () -> "accepting…".equals(row(0).pending()));

        // then the state shows it waits, the FX thread stays free, and cancel ends it
        assertThat(robot.lookup(".state-tag").<Label>queryAll()).anyMatch(n -> n.getText().equals("accepting…"));
        click("#cancel");
        waitUntil("the accept is cancelled", () -> lastEntry().status() == TranscriptEntry.Status.CANCELLED);
        assertThat(lastEntry().form()).isEqualTo("(socket-accept s1)");
        assertThat(row(0).pending()).isNull();
        assertThat(row(0).socket().state()).isEqualTo(SocketState.LISTENING);
    }
}
