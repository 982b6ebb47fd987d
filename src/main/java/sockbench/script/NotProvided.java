package sockbench.script;

import java.util.List;
import java.util.Set;

/**
 * CHICKEN procedures this console has chosen not to provide: using one says so ("not provided by
 * this console: NAME") instead of "unbound variable", so that a student knows the name is right
 * and the console is the limit. Its kinds are an unbound variable's, {@code (exn runtime)}, as the name is unbound.
 * A program may define any of these names itself.
 */
final class NotProvided {
    /** Process control, the file system beyond files, irregex's chunked API and SRE utilities, the FFI, and (chicken tcp) (the socket egg is what this console offers). */
    private static final Set<String> NAMES = Set.copyOf(List.of(
            "process-fork", "process-run", "process-execute", "process-wait", "process", "process*", "system", "system*",
            "process-signal", "set-signal-handler!", "signal-handler", "create-pipe", "duplicate-fileno",
            "file-open", "file-close", "file-read", "file-write", "file-select", "file-control", "file-mkstemp",
            "current-directory", "change-directory", "create-directory", "delete-directory", "directory",
            "set-finalizer!", "make-locative", "object-evict", "foreign-lambda", "foreign-lambda*", "foreign-value",
            "make-irregex-chunker", "irregex-search/chunked", "irregex-match/chunked", "irregex-fold/chunked",
            "irregex-match-subchunk", "irregex-match-start-chunk", "irregex-match-end-chunk", "irregex-opt", "sre->string",
            "glob->sre", "string-substitute", "string-match",
            "tcp-listen", "tcp-accept", "tcp-connect", "tcp-close", "tcp-addresses", "tcp-port-numbers",
            "tcp-listener-port", "tcp-accept-ready?", "tcp-read-timeout", "tcp-write-timeout",
            "call-with-current-continuation/reentrant", "exit-handler", "implicit-exit-handler",
            "get-call-chain", "print-call-chain", "procedure-information", "char-name", "enable-warnings", "notice",
            // (chicken fixnum): the console's fixnums are 64-bit, CHICKEN's 62, so its wrap-around fx operations are not offered
            "fx+", "fx-", "fx*", "fx/", "fxmod", "fxrem", "fxneg", "fxmin", "fxmax", "fxand", "fxior", "fxxor", "fxnot",
            "fxshl", "fxshr", "fxgcd", "fx+?", "fx-?", "fx*?", "fx/?", "fxodd?", "fxeven?", "fx=", "fx>", "fx<", "fx>=", "fx<=",
            "most-positive-fixnum", "most-negative-fixnum", "fixnum-bits", "fixnum-precision", "flonum-print-precision",
            // (chicken time posix) and (chicken port)'s custom ports
            "seconds->local-time", "local-time->seconds", "local-timezone-abbreviation", "seconds->string", "seconds->utc-time",
            "utc-time->seconds", "time->string", "string->time", "make-input-port", "make-output-port",
            "make-concatenated-port", "make-broadcast-port", "port-name", "set-port-name!", "port-position", "terminal-port?",
            "read-buffered",
            // srfi-18: time objects and suspending another thread
            "current-time", "time?", "time->seconds", "seconds->time", "thread-signal!", "thread-suspend!", "thread-resume!",
            // re-entrant continuations, modules as values, the reader's and the REPL's own settings
            "continuation-capture", "continuation-graft", "continuation-return", "continuation?", "module-environment",
            "case-sensitive", "keyword-style", "parentheses-synonyms", "symbol-escape", "copy-read-table",
            "current-read-table", "define-reader-ctor", "set-read-syntax!", "set-sharp-read-syntax!",
            "set-parameterized-read-syntax!", "repl", "repl-prompt", "quit", "reset", "reset-handler", "expand",
            // irregex's compiled internals, the loader beyond load, the installation, the host and the terminal
            "irregex-dfa", "irregex-dfa/search", "irregex-nfa", "irregex-flags", "irregex-lengths", "irregex-new-matches",
            "irregex-reset-matches!", "irregex-search/matches", "irregex-apply-match", "load-library", "load-noisily",
            "load-verbose", "dynamic-load-libraries", "set-dynamic-load-mode!", "find-file", "provide", "provided?",
            "require", "chicken-home", "repository-path", "installation-repository", "return-to-host", "argc+argv",
            "make-bidirectional-port", "set-buffering-mode!", "terminal-name", "terminal-size",
            // finalizers, GC reports and external (non-GC) number vectors
            "force-finalizers", "set-gc-report!", "release-number-vector",
            // (chicken tcp)'s other settings, pipes and spawning, users and sessions, signals, (chicken errno)
            "tcp-abandon-port", "tcp-accept-timeout", "tcp-buffer-size", "tcp-connect-timeout", "tcp-listener-fileno",
            "tcp-listener?", "open-input-pipe", "open-output-pipe", "close-input-pipe", "close-output-pipe",
            "call-with-input-pipe", "call-with-output-pipe", "with-input-from-pipe", "with-output-to-pipe", "pipe/buf",
            "process-spawn", "spawn/overlay", "spawn/wait", "spawn/nowait", "spawn/nowaito", "spawn/detach",
            "current-user-id", "current-user-name", "current-group-id", "current-effective-user-id",
            "current-effective-user-name", "current-effective-group-id", "user-information", "parent-process-id",
            "process-group-id", "create-session", "set-root-directory!", "change-directory*",
            "set-alarm!", "signal-mask", "signal-mask!", "signal-masked?", "signal-unmask!", "set-signal-mask!", "signals-list",
            "signal/abrt", "signal/alrm", "signal/bus", "signal/chld", "signal/cont", "signal/fpe", "signal/hup", "signal/ill",
            "signal/int", "signal/io", "signal/kill", "signal/pipe", "signal/prof", "signal/quit", "signal/segv", "signal/stop",
            "signal/term", "signal/trap", "signal/tstp", "signal/urg", "signal/usr1", "signal/usr2", "signal/vtalrm",
            "signal/winch", "signal/xcpu", "signal/xfsz", "errno",
            // srfi-69's hashing limits, the scheduler's quantum and its fd waits
            "recursive-hash-max-depth", "recursive-hash-max-length", "thread-quantum", "thread-quantum-set!",
            "thread-wait-for-i/o!",
            // (chicken file posix) beyond files named by strings: descriptors, file ports' positions, locks, fifos, the umask
            "open-input-file*", "open-output-file*", "port->fileno", "file-position", "set-file-position!",
            "file-lock", "file-lock/blocking", "file-test-lock", "file-unlock", "create-fifo", "file-creation-mode"));

    /** Constant families, by prefix: (chicken errno)'s, and (chicken file posix)'s open/, seek/, fcntl/ and fileno/ (its perm/ are provided). */
    private static final List<String> PREFIXES = List.of("errno/", "open/", "seek/", "fcntl/", "fileno/");

    /** (chicken memory), (chicken memory representation) and (chicken locative): no raw memory or object slots here. */
    private static final Set<String> LOW_LEVEL = Set.of("address->pointer", "align-to-word", "allocate", "block-ref",
            "block-set!", "extend-procedure", "extended-procedure?", "free", "locative->object", "locative-ref",
            "locative-set!", "locative?", "make-pointer-vector", "make-record-instance", "make-weak-locative",
            "move-memory!", "mutate-procedure!", "number-of-bytes", "number-of-slots", "object->pointer", "object-become!",
            "object-copy", "pointer+", "pointer->address", "pointer->object", "pointer-f32-ref", "pointer-f32-set!",
            "pointer-f64-ref", "pointer-f64-set!", "pointer-like?", "pointer-s16-ref", "pointer-s16-set!", "pointer-s32-ref",
            "pointer-s32-set!", "pointer-s64-ref", "pointer-s64-set!", "pointer-s8-ref", "pointer-s8-set!", "pointer-tag",
            "pointer-u16-ref", "pointer-u16-set!", "pointer-u32-ref", "pointer-u32-set!", "pointer-u64-ref",
            "pointer-u64-set!", "pointer-u8-ref", "pointer-u8-set!", "pointer-vector", "pointer-vector-fill!",
            "pointer-vector-length", "pointer-vector-ref", "pointer-vector-set!", "pointer-vector?", "pointer=?", "pointer?",
            "procedure-data", "record->vector", "record-instance-length", "record-instance-slot", "record-instance-slot-set!",
            "record-instance-type", "record-instance?", "set-procedure-data!", "tag-pointer", "tagged-pointer?");

    private NotProvided() {
    }

    /** The error for using {@code name}, or null when it is not one of these names. */
    static SchemeError error(Symbol name) {
        if (!NAMES.contains(name.name()) && !LOW_LEVEL.contains(name.name())
                && PREFIXES.stream().noneMatch(name.name()::startsWith)) {
            return null;
        }
        return new SchemeError(Condition.exn(Errors.UNBOUND, "not provided by this console", name));
    }

    /** Every name listed one by one (the prefixed families aside). */
    static Set<String> names() {
        Set<String> all = new java.util.HashSet<>(NAMES);
        all.addAll(LOW_LEVEL);
        return all;
    }
}
