package sockbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import sockbench.ui.transcript.TranscriptEntry;

class ResolverWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @BeforeEach
    void robot(FxRobot r) {
        robot = r;
    }

    /** Types a node, resolves it, and gives back each result as "family address" as the table shows it. */
    private List<String> resolve(String node) {
        int before = model.transcript().entries().size();
        type("#ai-node", node);
        type("#ai-service", "80");
        click("#resolve");
        waitUntil(node + " is resolved", () -> model.transcript().entries().size() > before
                && lastEntry().status() != TranscriptEntry.Status.PENDING);
        assertThat(lastEntry().status()).as(lastEntry().toString()).isEqualTo(TranscriptEntry.Status.DONE);
        TableView<?> table = robot.lookup("#ai-results").queryTableView();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            rows.add(table.getColumns().get(0).getCellData(i) + " " + table.getColumns().get(3).getCellData(i));
        }
        return rows;
    }

    @Test
    void should_resolve_localhost_and_both_loopback_addresses() {
        // given the resolver view
        click("#nav-resolver");

        // when the person resolves ::1, 127.0.0.1 and localhost
        List<String> v6 = resolve("::1");
        List<String> v4 = resolve("127.0.0.1");
        List<String> localhost = resolve("localhost");

        // then each result shows its family and address (localhost may or may not include ::1)
        assertThat(v6).containsExactly("af/inet6 [::1]:80");
        assertThat(v4).containsExactly("af/inet 127.0.0.1:80");
        assertThat(localhost).isNotEmpty().allMatch(r -> r.equals("af/inet 127.0.0.1:80") || r.equals("af/inet6 [::1]:80"))
                .contains("af/inet 127.0.0.1:80");
        assertThat(forms()).contains("(address-information \"::1\" 80)", "(address-information \"localhost\" 80)");
        assertThat(text("#ai-summary")).contains("result");
    }

    @Test
    void should_put_a_result_into_the_sockets_panel() {
        // given a resolved IPv6 loopback address
        click("#nav-resolver");
        resolve("::1");

        // when the person uses it
        robot.clickOn("#ai-results .table-row-cell");
        click("#use-address");

        // then the sockets panel is shown with that family and address, ready to bind or connect
        assertThat(model.sockets().familyProperty().get()).isEqualTo("af/inet6");
        assertThat(text("#host")).isEqualTo("::1");
        assertThat(text("#port")).isEqualTo("80");
        assertThat(robot.lookup("#create").query().isVisible()).isTrue();
    }
}
