package sockbench.ui.buffering;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A buffer drawn as blocks of its size: after a write of the output port, the bytes it held then,
 * block by block, the whole blocks that left marked as sent and the rest as kept. For the input
 * buffer, one block: the bytes waiting of its capacity. Redrawn at most once per pulse; the block
 * nodes are reused.
 */
final class BlockBar extends HBox {
    static final int MAX_BLOCKS = 6;
    private final List<Cell> cells = new ArrayList<>();

    BlockBar() {
        super(4);
        getStyleClass().add("block-bar");
        setAlignment(Pos.CENTER_LEFT);
    }

    /**
     * Redraws. {@code capacity} null: an unbuffered port, one block per write.
     *
     * @param total bytes in the buffer after the last write (before sending)
     * @param sent  bytes that left since
     */
    void show(Integer capacity, int total, int sent, String emptyText) {
        if (capacity == null) {
            use(1);
            cells.get(0).set(1, total == 0 ? 0 : 1, total == 0 ? emptyText : total + " B: no buffer, straight to send-all",
                    total > 0 && sent >= total);
            return;
        }
        int blocks = Math.max(1, (total + capacity - 1) / capacity);
        int drawn = Math.min(blocks, MAX_BLOCKS);
        use(drawn);
        for (int i = 0; i < drawn; i++) {
            int in = Math.min(capacity, total - i * capacity);
            boolean left = in > 0 && sent >= i * capacity + in;
            String text = in <= 0 ? emptyText : in + (left ? " B sent" : " B kept");
            if (i == drawn - 1 && blocks > drawn) {
                text = "… " + (blocks - drawn + 1) + " more blocks";
            }
            cells.get(i).set(capacity, Math.max(0, in), text, left);
        }
    }

    /** One block for a buffer that only has a fill (the input port's). */
    void showFill(int capacity, int fill, String text) {
        use(1);
        cells.get(0).set(Math.max(1, capacity), fill, text, false);
    }

    private void use(int n) {
        while (cells.size() < n) {
            Cell c = new Cell();
            cells.add(c);
            getChildren().add(c);
        }
        while (cells.size() > n) {
            getChildren().remove(cells.remove(cells.size() - 1));
        }
    }

    private static final class Cell extends StackPane {
        private final Region fill = new Region();
        private final Label label = new Label();
        private final DoubleProperty fraction = new SimpleDoubleProperty();

        Cell() {
            getStyleClass().add("block");
            fill.getStyleClass().add("block-fill");
            fill.setMaxWidth(Region.USE_PREF_SIZE);
            fill.setMaxHeight(Double.MAX_VALUE);
            fill.prefWidthProperty().bind(widthProperty().multiply(fraction));
            StackPane.setAlignment(fill, Pos.CENTER_LEFT);
            label.getStyleClass().add("block-label");
            getChildren().addAll(fill, label);
            setMinWidth(60);
            setPrefWidth(140);
            setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(this, Priority.ALWAYS);
        }

        void set(int capacity, int bytes, String text, boolean sent) {
            fraction.set(Math.min(1.0, bytes / (double) capacity));
            label.setText(text);
            fill.getStyleClass().setAll("block-fill", sent ? "block-sent" : "block-kept");
        }
    }
}
