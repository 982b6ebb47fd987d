package sockbench.ui.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.shape.Line;
import org.junit.jupiter.api.Test;
import sockbench.ui.workbench.Ui;

class NodePoolTest {
    private final ObservableList<Node> layer = FXCollections.observableArrayList();
    private final NodePool pool = new NodePool(layer);
    private int made;

    private List<Line> redraw(int count) {
        List<Line> taken = new ArrayList<>();
        pool.begin();
        for (int i = 0; i < count; i++) {
            Line l = pool.take("arrow", 0, () -> {
                made++;
                return new Line();
            });
            l.getProperties().put(Ui.NAME, "arrow-" + i);
            taken.add(l);
        }
        pool.end();
        return taken;
    }

    @Test
    void should_hide_what_a_redraw_did_not_take_and_give_the_same_nodes_to_the_next_one_that_needs_them() {
        List<Line> first = redraw(11);
        List<Line> fewer = redraw(10);
        assertThat(layer).hasSize(11);
        assertThat(first.get(10).isVisible()).isFalse();
        assertThat(first.get(10).getProperties()).doesNotContainKey(Ui.NAME); // nothing finds a hidden node by its old name

        List<Line> again = redraw(11);
        assertThat(made).as("no node made after the first redraw").isEqualTo(11);
        assertThat(again).containsExactlyElementsOf(first);
        assertThat(again).allMatch(Node::isVisible);
        assertThat(fewer).isEqualTo(first.subList(0, 10));
    }

    @Test
    void should_keep_only_a_few_spares_of_a_kind_and_let_the_rest_leave_the_layer() {
        redraw(100);
        redraw(1);
        assertThat(layer).hasSize(1 + NodePool.SPARE);
        assertThat(layer.stream().filter(Node::isVisible)).hasSize(1);
    }

    @Test
    void should_keep_as_many_spares_as_it_was_given() {
        ObservableList<Node> marks = FXCollections.observableArrayList();
        NodePool plot = new NodePool(200, marks);
        int[] made = {0};
        for (int count : new int[] {150, 3, 150}) {
            plot.begin();
            for (int i = 0; i < count; i++) {
                plot.take("data", 0, () -> {
                    made[0]++;
                    return new Line();
                });
            }
            plot.end();
        }
        assertThat(marks).hasSize(150);
        assertThat(made[0]).as("lines made: the swing from 150 to 3 and back made none").isEqualTo(150);
    }
}
