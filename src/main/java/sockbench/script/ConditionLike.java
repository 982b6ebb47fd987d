package sockbench.script;

import java.util.List;

/**
 * A condition as CHICKEN has them: a set of kinds ({@code exn i/o net timeout}) and properties
 * looked up by kind and name ({@code exn message}, {@code net errno}). {@code condition-case}
 * matches a clause when the condition has every kind the clause lists.
 *
 * <p>Java exceptions become conditions through {@link Conditions#register}; an adapter may return
 * any implementation of this interface. Property values may be plain Java values (String, Integer,
 * byte[], List); the console converts them with {@link Interop#toScheme}.
 */
public interface ConditionLike {

    /** The kinds, most general first, e.g. {@code ["exn", "i/o", "net", "timeout"]}. */
    List<String> kinds();

    /** The property {@code name} of {@code kind}, or null when the condition has none. */
    Object property(String kind, String name);
}
