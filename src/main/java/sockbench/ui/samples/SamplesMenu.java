package sockbench.ui.samples;

import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import sockbench.ui.workbench.Ui;

/** The header's Samples menu: every file of {@code samples/}, another file, and the stepping commands. */
public final class SamplesMenu extends MenuButton {

    public SamplesMenu(SamplesViewModel vm) {
        super("Samples", Ui.icon(Feather.BOOK_OPEN));
        setId("samples-menu");
        setMnemonicParsing(false);
        Runnable rebuild = () -> {
            getItems().clear();
            for (SamplesViewModel.Sample s : vm.available()) {
                MenuItem item = new MenuItem(s.fileName() + (s.summary().isEmpty() ? "" : " — " + shorten(s.summary())));
                item.setId("sample-" + s.fileName().replace(".scm", ""));
                // file names such as so_linger.scm keep their underscores (no mnemonics)
                item.setMnemonicParsing(false);
                item.setOnAction(e -> vm.open(s.path()));
                getItems().add(item);
            }
            if (vm.available().isEmpty()) {
                MenuItem none = new MenuItem("no samples/ directory here");
                none.setDisable(true);
                getItems().add(none);
            }
            MenuItem other = new MenuItem("Open a file…");
            other.setOnAction(e -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Open a Scheme file to step through");
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scheme", "*.scm"));
                File dir = SamplesViewModel.directory().toFile();
                if (dir.isDirectory()) {
                    chooser.setInitialDirectory(dir);
                }
                File f = chooser.showOpenDialog(getScene().getWindow());
                if (f != null) {
                    vm.open(f.toPath());
                }
            });
            MenuItem next = new MenuItem("Next form    F10");
            next.setOnAction(e -> vm.next());
            next.disableProperty().bind(vm.openProperty().isNull());
            MenuItem toEnd = new MenuItem("Run to end    Ctrl+F10");
            toEnd.setOnAction(e -> vm.runToEnd());
            toEnd.disableProperty().bind(vm.openProperty().isNull());
            getItems().addAll(new SeparatorMenuItem(), other, next, toEnd);
        };
        vm.available().addListener((ListChangeListener<SamplesViewModel.Sample>) c -> rebuild.run());
        rebuild.run();
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
