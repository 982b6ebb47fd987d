/** Sockbench: the socket egg's API over the C library, a Scheme console, and a JavaFX workbench. */
module sockbench {
    requires com.sun.jna;
    requires transitive javafx.controls; // WorkbenchApp's API shows Application and Stage
    requires org.fxmisc.richtext;
    requires org.fxmisc.flowless;
    requires atlantafx.base;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.feather;
    requires info.picocli;
    requires org.jline.reader;
    requires org.jline.terminal;
    requires java.management; // (chicken gc): the collectors' time and the young generation

    exports sockbench.net;
    exports sockbench.net.wire;
    exports sockbench.script;
    exports sockbench.ui;

    opens sockbench.launcher to info.picocli;
    opens sockbench.net.libc to com.sun.jna;
}
