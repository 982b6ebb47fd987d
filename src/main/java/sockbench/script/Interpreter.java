package sockbench.script;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The console: global variables with every builtin, the current ports, and evaluation. Source
 * text is Unicode and may hold many forms; to step through a sample, {@link #read} it and
 * {@link #eval(Datum)} one form at a time. Errors are thrown as {@link SchemeError}, {@code (exit)}
 * as {@link SchemeExit}. Several threads may evaluate at once.
 *
 * <p>Evaluation runs on the calling thread, and deep (non-tail) recursion uses its Java stack:
 * a thread meant to run Scheme should be made with {@link SchemeThread#STACK_SIZE}, as the REPL,
 * the script runner and {@code make-thread} do.
 */
public final class Interpreter {
    private final GlobalEnv globals = new GlobalEnv();
    private final Set<Evaluation> running = ConcurrentHashMap.newKeySet();
    /** A thread's {@code (exit)} status not yet acted on by an evaluation (taken once). */
    private final java.util.concurrent.atomic.AtomicReference<Integer> exitRequested = new java.util.concurrent.atomic.AtomicReference<>();
    /**
     * This interpreter's exception handlers on each thread between its outermost evaluations: a
     * {@code (current-exception-handler proc)} at top level lasts for the session, as in CHICKEN's REPL,
     * and does not reach another interpreter that runs on the same thread.
     */
    private final ThreadLocal<Object> handlers = new ThreadLocal<>();
    private final Parameter input;
    private final Parameter output;
    private final Parameter error;
    private final ExitTasks exitTasks = new ExitTasks();
    /** What {@code (program-name)} and {@code (argv)} start with, as csi's would be "csi". */
    private static final String PROGRAM = "sockbench";
    private final ThreadParameter programName = new ThreadParameter(MString.fromJava(PROGRAM), x -> {
        Args.string(x);
        return x;
    });
    private final ThreadParameter commandLineArguments = new ThreadParameter(Empty.LIST, x -> {
        if (Lists.length(x) < 0) {
            throw Errors.wrongType("list", x);
        }
        return x;
    });
    private volatile List<String> argv = List.of(PROGRAM);

    /** A console on the process's standard streams. */
    public Interpreter() {
        this(System.in, System.out, System.err);
    }

    public Interpreter(InputStream in, OutputStream out, OutputStream err) {
        input = new Parameter("current-input-port", new ThreadParameter(new InputPort(in, "(stdin)"), Args::inputPort));
        output = new Parameter("current-output-port", new ThreadParameter(new OutputPort(out, "(stdout)", true), Args::outputPort));
        error = new Parameter("current-error-port", new ThreadParameter(new OutputPort(err, "(stderr)", true), Args::outputPort));
        CorePrimitives.install(globals, this);
        ConditionPrimitives.install(globals, this);
        ListPrimitives.install(globals);
        Srfi1Primitives.install(globals);
        Srfi1ShapePrimitives.install(globals);
        Srfi1MapPrimitives.install(globals);
        Srfi1AlistPrimitives.install(globals);
        Srfi1SetPrimitives.install(globals);
        Srfi1LinearPrimitives.install(globals);
        SortPrimitives.install(globals);
        VectorPrimitives.install(globals);
        CombinatorPrimitives.install(globals);
        ProcessPrimitives.install(globals);
        ProcessContextPrimitives.install(globals, this);
        ChickenBasePrimitives.install(globals, this);
        FlonumPrimitives.install(globals);
        NumberPrimitives.install(globals);
        RandomPrimitives.install(globals);
        StringPrimitives.install(globals);
        CaseFoldPrimitives.install(globals);
        Srfi13Primitives.install(globals);
        Srfi13ScanPrimitives.install(globals);
        Srfi13ComparePrimitives.install(globals);
        Srfi13CasePrimitives.install(globals);
        Srfi13BuildPrimitives.install(globals);
        Srfi13InPlacePrimitives.install(globals);
        ChickenStringPrimitives.install(globals);
        IrregexPrimitives.install(globals);
        BlobPrimitives.install(globals);
        Srfi4Primitives.install(globals);
        Srfi4PortPrimitives.install(globals, this);
        HashTablePrimitives.install(globals);
        RecordForms.installProcedures(globals);
        PortPrimitives.install(globals, this);
        PortIterationPrimitives.install(globals);
        FormatPrimitives.install(globals, this);
        ByteIoPrimitives.install(globals, this);
        FilePortPrimitives.install(globals, this);
        PathnamePrimitives.install(globals);
        FilePrimitives.install(globals);
        FilePosixPrimitives.install(globals);
        TemporaryFilePrimitives.install(globals);
        FileSearchPrimitives.install(globals);
        ThreadPrimitives.install(globals, this);
        PlatformPrimitives.install(globals);
        PlistPrimitives.install(globals);
        GcPrimitives.install(globals);
        EvalEnvironment.install(globals);
        Transformer.install(globals);
        DerivedForms.install(this);
        Conditions.prepare();
    }

    /**
     * The command line a script runs with, as csi -s sets it: {@code (program-name)} is the script,
     * {@code (command-line-arguments)} what follows it, {@code (argv)} the whole line. On the calling
     * thread (and the threads it starts later), so call it on the thread that runs the script.
     */
    public void commandLine(String script, List<String> arguments) {
        programName.set(MString.fromJava(script));
        List<Object> args = new java.util.ArrayList<>();
        arguments.forEach(a -> args.add(MString.fromJava(a)));
        commandLineArguments.set(Lists.fromJava(args));
        List<String> all = new java.util.ArrayList<>(List.of(PROGRAM, "--script", script));
        all.addAll(arguments);
        argv = List.copyOf(all);
    }

    ThreadParameter programName() {
        return programName;
    }

    ThreadParameter commandLineArguments() {
        return commandLineArguments;
    }

    List<String> argv() {
        return argv;
    }

    ExitTasks exitTasks() {
        return exitTasks;
    }

    /**
     * Ends as CHICKEN's exit-handler does, before the process ends with {@code status}: runs the
     * {@code on-exit} tasks (unless the exit was an emergency), each error reported on the error port.
     */
    public int exiting(int status) {
        exitTasks.run(this::report);
        return status;
    }

    /** An error as a script's run reports it: its report on a line of the error port. */
    void report(SchemeError e) {
        try {
            errorPort().write(ByteText.encode(e.report()) + "\n");
            errorPort().flush();
        } catch (java.io.IOException ignored) {
            // nowhere left to report to; the status still says it failed
        }
    }

    /** {@link #exiting} for an {@code (exit)}: none for {@code (emergency-exit)}. */
    public int exiting(SchemeExit exit) {
        return exit.emergency() ? exit.status() : exiting(exit.status());
    }

    /** Where bindings are registered. */
    public GlobalEnv globals() {
        return globals;
    }

    /** Every form of a Unicode source text, for stepping. */
    public List<Datum> read(String source) {
        return SchemeReader.readAll(source);
    }

    /** Evaluates every form of the source; the value of the last one (unspecified when there is none). */
    public Object eval(String source) {
        return evaluating(() -> {
            Object value = Special.UNSPECIFIED;
            for (Datum form : read(source)) {
                value = eval(form);
            }
            return value;
        });
    }

    /**
     * Reads and evaluates form by form until the end of input, as {@code load} does: a form runs
     * before the next one is read. Returns the value of the last form.
     */
    public Object eval(SchemeReader reader) {
        return evaluating(() -> {
            Object value = Special.UNSPECIFIED;
            for (Datum form = reader.read(); form != null; form = reader.read()) {
                value = eval(form);
            }
            return value;
        });
    }

    /** Evaluates one form as read. */
    public Object eval(Datum form) {
        return run(form.value(), form.position());
    }

    /** Evaluates a datum built in Java (or by {@code eval}). */
    public Object eval(Object datum) {
        return run(datum, null);
    }

    /**
     * Stops every evaluation in progress in this interpreter (the REPL's form, the console line's,
     * a sample's), on whatever threads run them: each ends at its next call or blocking wait, even
     * inside {@code condition-case}, and its {@code eval} raises a {@code (user-interrupt)} error.
     * Threads made by {@code make-thread} are not stopped. Safe from any thread; does not block.
     */
    public void interrupt() {
        running.forEach(Evaluation::stop);
    }

    private Object run(Object datum, Position where) {
        return evaluating(() -> {
            try {
                return Analyzer.analyzeTop(datum, where, globals.root()).eval(globals.root());
            } catch (ControlFlow transfer) {
                throw transfer;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw Conditions.toError(e).at(where);
            }
        });
    }

    /**
     * {@code (exit status)} in a thread made by {@code make-thread}: as in CHICKEN, where every
     * thread lives in the one process, the script (or REPL) ends with that status. The evaluation in
     * progress is stopped and raises {@link SchemeExit}; when none runs, the next one does at once.
     */
    void exitFromThread(int status) {
        exitRequested.compareAndSet(null, status);
        running.forEach(Evaluation::stop); // each stopped one takes the request on its way out
    }

    /** Runs an outermost evaluation so that {@link #interrupt} can stop it; nested ones just run. */
    private Object evaluating(Supplier<Object> body) {
        Evaluation evaluation = Evaluation.enter();
        if (evaluation == null) {
            return body.get();
        }
        running.add(evaluation);
        Object outside = ExceptionHandlers.swap(handlers.get());
        try {
            exitIfRequested();
            return body.get();
        } catch (Evaluation.Stopped stopped) {
            exitIfRequested();
            throw Evaluation.stoppedError();
        } catch (SchemeError e) {
            // a blocking call the stop cancelled raised its own error on the way out
            if (evaluation.isStopped()) {
                exitIfRequested();
                throw Evaluation.stoppedError().at(e.position());
            }
            throw e;
        } finally {
            handlers.set(ExceptionHandlers.swap(outside));
            running.remove(evaluation);
            evaluation.exit();
        }
    }

    private void exitIfRequested() {
        Integer status = exitRequested.getAndSet(null);
        if (status != null) {
            throw new SchemeExit(status);
        }
    }

    /** The current ports of the calling thread. */
    public InputPort inputPort() {
        return (InputPort) input.get();
    }

    public OutputPort outputPort() {
        return (OutputPort) output.get();
    }

    public OutputPort errorPort() {
        return (OutputPort) error.get();
    }

    Parameter inputParameter() {
        return input;
    }

    Parameter outputParameter() {
        return output;
    }

    Parameter errorParameter() {
        return error;
    }
}
