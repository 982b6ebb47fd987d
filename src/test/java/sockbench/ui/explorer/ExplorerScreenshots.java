package sockbench.ui.explorer;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import sockbench.net.SockAddr;
import sockbench.net.Socket;
import sockbench.net.explore.PayloadLibrary;
import sockbench.net.explore.SavedPayload;
import sockbench.ui.ConsoleEvaluator;
import sockbench.ui.WorkbenchApp;
import sockbench.ui.async.Threads;
import sockbench.ui.workbench.Theme;
import sockbench.ui.workbench.Workbench;
import sockbench.ui.workbench.WorkbenchModel;

/**
 * Sets the Explorer up for the README's screenshot on a real display: the one-click echo server,
 * a regex rule, three JDK clients that talked to it, a repeat running, a few saved payloads. Prints
 * READY, then waits for the screenshot ({@code import -window root}) and to be killed. Not a test.
 * Arguments: {@code dark}, {@code presentation}, and {@code transfer} (show the Transfer view of the
 * responder's listener instead of the Explorer).
 */
public final class ExplorerScreenshots {
    private ExplorerScreenshots() {}

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        WorkbenchModel[] model = new WorkbenchModel[1];
        ExplorerView[] view = new ExplorerView[1];
        Workbench[] window = new Workbench[1];
        java.util.List<String> options = java.util.List.of(args);
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            Theme.install(options.contains("dark"));
            model[0] = new WorkbenchModel(Threads.fx(Threads.enginePool()), ConsoleEvaluator.UNAVAILABLE);
            Workbench w = new Workbench(model[0]);
            window[0] = w;
            w.theme().darkProperty().set(options.contains("dark"));
            w.theme().presentationProperty().set(options.contains("presentation"));
            Stage stage = new Stage();
            stage.setScene(new Scene(w, WorkbenchApp.WIDTH, WorkbenchApp.HEIGHT));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            w.show(ExplorerView.NAME);
            view[0] = (ExplorerView) w.lookup("#explorer-view");
            shown.countDown();
        });
        shown.await();
        ExplorerViewModel m = view[0].model();
        PayloadLibrary lib = PayloadLibrary.shared();
        lib.put(new SavedPayload("http-get", "GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), "escapes", 0, null));
        lib.put(new SavedPayload("modbus-read", new byte[] {0, 1, 0, 0, 0, 6, 1, 3, 0, 0, 0, 10}, "hex", 0, null));
        lib.put(new SavedPayload("hello-udp", "hello\n".getBytes(StandardCharsets.ISO_8859_1), "escapes", 0,
                SockAddr.inet("127.0.0.1", 9000)));
        lib.put(new SavedPayload("smtp-helo", "HELO sockbench\r\n".getBytes(StandardCharsets.ISO_8859_1), "escapes", 0, null));
        CountDownLatch rules = new CountDownLatch(1);
        Platform.runLater(() -> {
            m.ruleKindProperty().set("regex");
            m.rulePatternProperty().set("GET (\\S+)");
            m.ruleReplyProperty().set("200 OK $1\\n");
            m.addRule();
            m.ruleKindProperty().set("contains");
            m.rulePatternProperty().set("PING");
            m.ruleReplyProperty().set("PONG\\n");
            m.addRule();
            m.replyModeProperty().set("rules");
            m.closeAfterProperty().set("0");
        });
        Socket server = Socket.create(sockbench.net.Constants.require("af/inet"), sockbench.net.Constants.require("sock/stream"));
        server.bind(SockAddr.inet("127.0.0.1", 0));
        server.listen(16);
        Thread.sleep(300); // let the sockets panel list it (screenshot staging only)
        Platform.runLater(() -> {
            m.socketProperty().set(model[0].sockets().rowFor(server));
            m.startResponder().whenComplete((r, e) -> rules.countDown());
        });
        rules.await();
        int port = m.responderProperty().get().socket().name().port();
        for (String req : new String[] {"GET /index.html HTTP/1.0\r\n\r\n", "PING\n", "GET /a HTTP/1.0\r\n\r\n", "PING\n"}) {
            java.net.Socket c = new java.net.Socket("127.0.0.1", port);
            for (int i = 0; i < 3; i++) {
                c.getOutputStream().write(req.getBytes(StandardCharsets.ISO_8859_1));
                c.getInputStream().read(new byte[200]);
            }
            if (req.startsWith("PING")) {
                c.close();
            }
        }
        Socket client = Socket.create(sockbench.net.Constants.require("af/inet"), sockbench.net.Constants.require("sock/stream"));
        client.connect(SockAddr.inet("127.0.0.1", port));
        while (model[0].sockets().rows().stream().noneMatch(r -> r.socket() == client)) {
            Thread.sleep(50); // the sockets panel lists the client on the FX thread (screenshot staging only)
        }
        Platform.runLater(() -> {
            m.socketProperty().set(model[0].sockets().rowFor(client));
            m.repeatPayloadProperty().set("PING {n} {time}\\n");
            m.repeatCountProperty().set("");
            m.repeatEveryProperty().set("50");
            m.startRepeat();
            m.payloadNameProperty().set("smtp-helo");
            m.payloadTextProperty().set("HELO sockbench\\r\\n");
            m.filePathProperty().set("/etc/services");
            m.savePathProperty().set("/tmp/received.txt");
        });
        if (options.contains("transfer")) {
            // the responder where the listener's transfer is shown
            Platform.runLater(() -> {
                model[0].sockets().selectedProperty().set(model[0].sockets().rowFor(server));
                window[0].show(Workbench.TRANSFER);
            });
        }
        Thread.sleep(1500);
        System.out.println("READY");
        Thread.sleep(600_000);
    }
}
