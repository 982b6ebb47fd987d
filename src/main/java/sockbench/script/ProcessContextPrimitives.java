package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * (chicken process-context) and chicken.base's exits, as library.scm has them: program-name,
 * command-line-arguments, argv, executable-pathname, the environment (set and unset here overlay the
 * process's, which a JVM cannot change), on-exit and emergency-exit.
 */
final class ProcessContextPrimitives {
    private ProcessContextPrimitives() {}

    static void install(GlobalEnv g, Interpreter interpreter) {
        g.define("program-name", new Parameter("program-name", interpreter.programName()));
        g.define("command-line-arguments", new Parameter("command-line-arguments", interpreter.commandLineArguments()));
        g.defineProcedure("argv", 0, 0, a -> {
            List<Object> all = new ArrayList<>();
            interpreter.argv().forEach(s -> all.add(MString.fromJava(s)));
            return Lists.fromJava(all);
        });
        // C_executable_pathname: the running binary, here the JVM's; #f where the system does not tell
        g.defineProcedure("executable-pathname", 0, 0, a -> ProcessHandle.current().info().command()
                .<Object>map(MString::fromJava).orElse(Boolean.FALSE));

        // set-environment-variable! and unset-environment-variable! change what this console reads
        Map<String, Optional<String>> overlay = new ConcurrentHashMap<>();
        g.defineProcedure("get-environment-variable", 1, 1, a -> {
            String name = Args.string(a[0]).toJavaString();
            Optional<String> set = overlay.get(name);
            String value = set != null ? set.orElse(null) : System.getenv(name);
            return value == null ? Boolean.FALSE : MString.fromJava(value);
        });
        g.defineProcedure("get-environment-variables", 0, 0, a -> {
            Map<String, String> all = new java.util.TreeMap<>(System.getenv());
            overlay.forEach((k, v) -> {
                if (v.isPresent()) {
                    all.put(k, v.get());
                } else {
                    all.remove(k);
                }
            });
            List<Object> pairs = new ArrayList<>();
            all.forEach((k, v) -> pairs.add(new Pair(MString.fromJava(k), MString.fromJava(v))));
            return Lists.fromJava(pairs);
        });
        g.defineProcedure("set-environment-variable!", 2, 2, a -> {
            overlay.put(Args.string(a[0]).toJavaString(), Optional.of(Args.string(a[1]).toJavaString()));
            return null;
        });
        g.defineProcedure("unset-environment-variable!", 1, 1, a -> {
            overlay.put(Args.string(a[0]).toJavaString(), Optional.empty());
            return null;
        });

        g.defineProcedure("on-exit", 1, 1, a -> {
            interpreter.exitTasks().add(Args.procedure(a[0]));
            return null;
        });
        // library.scm: (##sys#check-fixnum code 'emergency-exit), then C_exit_runtime: no on-exit task
        g.defineProcedure("emergency-exit", 0, 1, a -> {
            Object code = Args.optional(a, 0, 0L);
            if (!(code instanceof Long)) {
                throw Errors.wrongType("fixnum", code);
            }
            throw new SchemeExit(Args.intValue(code), true);
        });
    }
}
