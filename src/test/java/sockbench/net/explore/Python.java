package sockbench.net.explore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** python3 as a peer this project did not write: stdout read line by line, killed on close. */
final class Python implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;

    Python(String code, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("python3", "-u", "-c", code));
        cmd.addAll(List.of(args));
        process = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    /** The next line the script printed (the script bounds its own waits with socket timeouts). */
    String line() throws IOException {
        String l = out.readLine();
        if (l == null) {
            throw new AssertionError("python ended without printing a line, exit " + exit());
        }
        return l;
    }

    int exit() {
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                throw new AssertionError("python still running");
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
