package sockbench.script;

/** The CHICKEN posix procedure the samples need beyond (chicken file): the process id. */
final class SystemBindings {
    private SystemBindings() {}

    static void install(GlobalEnv g) {
        g.defineProcedure("current-process-id", 0, 0, a -> ProcessHandle.current().pid());
    }
}
