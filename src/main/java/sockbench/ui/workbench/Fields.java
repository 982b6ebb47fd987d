package sockbench.ui.workbench;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Input fields that answer bad text with a message at the field, never with an exception: the
 * message wraps under the field in the error colour (as wide as the field, so it neither squeezes
 * the field nor widens the view) and its tooltip holds the full text.
 */
public final class Fields {
    /** Style class of a field's message. */
    public static final String FIELD_ERROR = "field-error";

    private Fields() {}

    /** The field with its message under it; the message shows only while there is one. */
    public static VBox withMessage(Node field, ObservableStringValue problem) {
        Label message = message(problem);
        message.setId(field.getId() == null ? null : field.getId() + "-problem");
        VBox box = new VBox(2, field, message);
        box.setFillWidth(true);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** A wrapping error line bound to a problem text: error colour, full text in its tooltip. */
    public static Label message(ObservableStringValue problem) {
        Label message = new Label();
        message.getStyleClass().add(FIELD_ERROR);
        message.textProperty().bind(problem);
        message.setWrapText(true);
        // as wide as what holds it, never wider: a long message wraps instead of widening the view
        message.setMinWidth(0);
        message.setPrefWidth(1);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(problem);
        tip.setWrapText(true);
        tip.setMaxWidth(600);
        message.setTooltip(tip);
        message.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> problem.get() != null && !problem.get().isEmpty(), problem));
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    /**
     * An editable whole-number spinner bound to {@code target}: text that is not a whole number in
     * [min, max] leaves {@code target} null (the command then refuses) and shows why at the field.
     * {@code prefWidth} is the width at the normal type size; the spinner scales with the type.
     */
    public static VBox integerSpinner(String id, String what, int min, int max, ObjectProperty<Integer> target,
                                      double prefWidth) {
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setId(id);
        spinner.setEditable(true);
        // prefWidth is for the normal type: the spinner grows with presentation mode and zoom
        Runnable size = () -> spinner.setPrefWidth(Math.round(prefWidth * spinner.getEditor().getFont().getSize() / Theme.NORMAL_FONT));
        spinner.getEditor().fontProperty().addListener(o -> size.run());
        size.run();
        spinner.setMinWidth(Region.USE_PREF_SIZE);
        Integer start = target.get() == null ? min : target.get();
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, start);
        StringProperty problem = new SimpleStringProperty("");
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                // no value: keep what the person typed, so the message and the text agree
                return v == null ? spinner.getEditor().getText() : v.toString();
            }

            @Override
            public Integer fromString(String text) {
                return parse(text, min, max);
            }
        });
        spinner.setValueFactory(factory);
        factory.valueProperty().bindBidirectional(target);
        spinner.getEditor().textProperty().addListener((o, a, text) -> {
            Integer v = parse(text, min, max);
            problem.set(v != null ? "" : what + ": \"" + shorten(text) + "\" is not a whole number from " + min + " to " + max);
            if (v == null) {
                target.set(null);
            } else if (!v.equals(target.get())) {
                target.set(v);
            }
        });
        return withMessage(spinner, problem);
    }

    /** A whole number in [min, max], or null. */
    public static Integer parse(String text, int min, int max) {
        String t = text == null ? "" : text.strip().replace(",", "").replace("_", "");
        if (!t.matches("-?[0-9]{1,10}")) {
            return null;
        }
        long v = Long.parseLong(t);
        return v < min || v > max ? null : (int) v;
    }

    /** Text as it goes into a message: long text cut, with its length. */
    public static String shorten(String text) {
        String t = text == null ? "" : text;
        return t.length() <= 40 ? t : t.substring(0, 37) + "… (" + t.length() + " characters)";
    }
}
