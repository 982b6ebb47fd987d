package sockbench.script;

/**
 * An analyzed expression, ready to run in an environment. A call in tail position returns a
 * {@link TailCall} instead of growing the Java stack; {@link Closure#run} carries it out.
 */
@FunctionalInterface
interface Node {
    Object eval(Env env);
}
