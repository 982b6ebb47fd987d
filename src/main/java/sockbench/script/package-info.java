/**
 * The console language: a small Scheme (reader, evaluator, printer) in which the socket egg's own
 * examples run as written.
 *
 * <h2>Values</h2>
 * Scheme values are plain Java objects: {@link java.lang.Long} (fixnums), {@link java.math.BigInteger}
 * (bignums, only beyond a long), {@link sockbench.script.Ratio} (exact ratios), {@link java.lang.Double}
 * (flonums), {@link java.lang.Boolean}, {@link java.lang.Character}, {@link sockbench.script.MString}
 * (mutable byte strings), {@link sockbench.script.Symbol}, {@link sockbench.script.Keyword},
 * {@link sockbench.script.Pair} and {@link sockbench.script.Empty#LIST}, {@code Object[]} (vectors),
 * {@link sockbench.script.Blob}, {@link sockbench.script.Srfi4Vector} (SRFI-4 vectors), {@link sockbench.script.HashTable}
 * (SRFI-69), {@link sockbench.script.Record} (SRFI-9), {@link sockbench.script.Procedure},
 * {@link sockbench.script.Special} markers (unspecified, end of file) and {@link sockbench.script.Values}.
 * Any other Java object is a value too and prints through its {@code toString()}.
 *
 * <h2>Strings are bytes</h2>
 * As in CHICKEN, a string is a sequence of bytes: every char of an {@link sockbench.script.MString} is
 * in 0..255. Source text given as a Java {@code String} is Unicode and is read as its UTF-8 bytes, so
 * {@code "é"} has length 2 and is written back as the same two bytes. {@link sockbench.script.ByteText}
 * converts between the two views.
 *
 * <h2>Extension points (for the socket bindings)</h2>
 * <ul>
 * <li>{@link sockbench.script.GlobalEnv#defineProcedure}, {@link sockbench.script.GlobalEnv#define}:
 *     register procedures and constants; a body may throw any exception and return Java values
 *     (see {@link sockbench.script.Interop#toScheme}).</li>
 * <li>{@link sockbench.script.GlobalEnv#defineSettable}: a getter with a setter for generalized
 *     {@code (set! (getter args...) value)}.</li>
 * <li>{@link sockbench.script.ParameterLike} and {@link sockbench.script.GlobalEnv#defineParameter}:
 *     parameters whose values live elsewhere (the engine), bound by {@code parameterize}.</li>
 * <li>{@link sockbench.script.ConditionLike} and {@link sockbench.script.Conditions#register}: turn a
 *     Java exception into a condition that {@code condition-case} matches by kinds.</li>
 * <li>{@link sockbench.script.InputPort} and {@link sockbench.script.OutputPort}: Scheme ports over any
 *     {@code InputStream}/{@code OutputStream}.</li>
 * </ul>
 *
 * <h2>Stopping a running form</h2>
 * {@link sockbench.script.Interpreter#interrupt()} stops every evaluation in progress in that
 * interpreter (an outermost {@code eval} on any thread): from any thread, without blocking. The
 * form ends at its next call or blocking wait (a socket call ends with the engine's
 * {@code cancelled}); no {@code condition-case} can catch the stop, and the stopped {@code eval}
 * raises a {@link sockbench.script.SchemeError} of kind {@code user-interrupt}. The interpreter
 * and its sockets stay usable. Threads made by {@code make-thread} go on running.
 */
package sockbench.script;
