package sockbench.ui.buffering;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A buffer drawn as blocks of its size: after a write of the output port, the bytes it held then,
 * block by block, the whole blocks that left marked as sent and the rest as kept. For the input
 * buffer, one block: the bytes waiting of its capacity.
 */
final class BlockBar extends HBox {
    static final int MAX_BLOCKS = 6;

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
        getChildren().clear();
        if (capacity == null) {
            getChildren().add(cell(1, total == 0 ? 0 : 1, total == 0 ? emptyText : total + " B: no buffer, straight to send-all",
                    total > 0 && sent >= total));
            return;
        }
        int blocks = Math.max(1, (total + capacity - 1) / capacity);
        int drawn = Math.min(blocks, MAX_BLOCKS);
        for (int i = 0; i < drawn; i++) {
            int in = Math.min(capacity, total - i * capacity);
            boolean left = in > 0 && sent >= i * capacity + in;
            String text = in <= 0 ? emptyText : in + (left ? " B sent" : " B kept");
            if (i == drawn - 1 && blocks > drawn) {
                text = "… " + (blocks - drawn + 1) + " more blocks";
            }
            getChildren().add(cell(capacity, Math.max(0, in), text, left));
        }
    }

    /** One block for a buffer that only has a fill (the input port's). */
    void showFill(int capacity, int fill, String text) {
        getChildren().setAll(cell(Math.max(1, capacity), fill, text, false));
    }

    private static StackPane cell(int capacity, int bytes, String text, boolean sent) {
        Region fill = new Region();
        fill.getStyleClass().addAll("block-fill", sent ? "block-sent" : "block-kept");
        fill.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane cell = new StackPane();
        cell.getStyleClass().add("block");
        fill.prefWidthProperty().bind(cell.widthProperty().multiply(Math.min(1.0, bytes / (double) capacity)));
        fill.setMaxHeight(Double.MAX_VALUE);
        StackPane.setAlignment(fill, Pos.CENTER_LEFT);
        Label label = new Label(text);
        label.getStyleClass().add("block-label");
        cell.getChildren().addAll(fill, label);
        cell.setMinWidth(60);
        cell.setPrefWidth(140);
        cell.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(cell, Priority.ALWAYS);
        return cell;
    }
}
