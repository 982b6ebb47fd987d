package sockbench.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version the build wrote from the pom into {@code version.properties}. */
public final class Version implements IVersionProvider {
    private static final String RESOURCE = "version.properties";

    /** picocli makes the instance. */
    public Version() {
        // stateless
    }

    /** The project version, e.g. {@code 0.1.0}. */
    public static String number() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + Version.class.getName()
                        + "; the build filters it from src/main/filtered");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Sockbench " + number()};
    }
}
