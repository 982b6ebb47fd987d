package sockbench.ui.workbench;

import javafx.scene.control.TableCell;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Breaks a text at its spaces so that each line fits a width in a font: a table cell shows
 * "connect failed (ECONNREFUSED)" on two lines rather than "connect fail…" when its column is narrow
 * (large type). A cell's line breaks are real newlines, so the row grows to hold them.
 */
public final class LineBreaks {
    private LineBreaks() {}

    /** The text with newlines where its words would pass {@code width}; a word longer than it stays whole. */
    public static String fit(String text, Font font, double width) {
        if (text == null || width <= 0 || widthOf(text, font) <= width) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && widthOf(candidate, font) > width) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        return out.append(line).toString();
    }

    private static double widthOf(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** A text cell whose words wrap onto new lines when its column is narrower than the text. */
    public static <S> TableCell<S, String> cell() {
        return new TableCell<>() {
            {
                widthProperty().addListener(o -> refit());
                fontProperty().addListener(o -> refit());
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                refit();
            }

            private void refit() {
                String item = isEmpty() ? null : getItem();
                double room = getWidth() - snappedLeftInset() - snappedRightInset() - 2;
                String shown = item == null ? null : fit(item, getFont(), room);
                if (!java.util.Objects.equals(shown, getText())) {
                    setText(shown);
                }
            }
        };
    }
}
