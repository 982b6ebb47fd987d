package sockbench.ui.action;

import java.util.concurrent.Callable;
import java.util.function.Function;

/** An action built from its parts, for the many that need nothing more. */
public final class SimpleAction<T> implements Action<T> {
    private final String name;
    private final String form;
    private final Callable<T> work;
    private Function<T, String> formAfter;
    private Function<T, String> printer;

    private SimpleAction(String name, String form, Callable<T> work) {
        this.name = name;
        this.form = form;
        this.work = work;
    }

    /** An action whose result prints as the console prints it. */
    public static <T> SimpleAction<T> of(String name, String form, Callable<T> work) {
        return new SimpleAction<>(name, form, work);
    }

    /** An action with no value (the egg's "unspecified"). */
    public static SimpleAction<Void> doing(String name, String form, Runnable work) {
        return new SimpleAction<>(name, form, () -> {
            work.run();
            return null;
        });
    }

    /** The form once the result is known. */
    public SimpleAction<T> formAfter(Function<T, String> f) {
        this.formAfter = f;
        return this;
    }

    /** How the result prints. */
    public SimpleAction<T> printing(Function<T, String> p) {
        this.printer = p;
        return this;
    }

    @Override public String name() { return name; }
    @Override public String form() { return form; }
    @Override public T perform() throws Exception { return work.call(); }

    @Override
    public String form(T result) {
        return formAfter == null ? form : formAfter.apply(result);
    }

    @Override
    public String print(T result) {
        return printer == null ? Action.super.print(result) : printer.apply(result);
    }
}
