package sockbench.net.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Named payloads in the order they were first saved; saving a name again replaces it in place.
 * The process has one ({@link #shared()}): the window's library panel and its console's
 * {@code payload-*} procedures work on the same. Listeners hear every change, on the changing thread.
 */
public final class PayloadLibrary {
    private static final PayloadLibrary SHARED = new PayloadLibrary();

    private final Map<String, SavedPayload> entries = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** The process's library. */
    public static PayloadLibrary shared() {
        return SHARED;
    }

    public void put(SavedPayload p) {
        synchronized (entries) {
            entries.put(p.name(), p);
        }
        changed();
    }

    public Optional<SavedPayload> get(String name) {
        synchronized (entries) {
            return Optional.ofNullable(entries.get(name));
        }
    }

    /** The payload of that name, or an error naming the ones there are. */
    public SavedPayload require(String procedure, String name) {
        return get(name).orElseThrow(() -> sockbench.net.Errors.badArgument(procedure,
                "no payload named " + name + " (the library has " + names() + ")"));
    }

    /** True when there was one to delete. */
    public boolean remove(String name) {
        boolean had;
        synchronized (entries) {
            had = entries.remove(name) != null;
        }
        if (had) {
            changed();
        }
        return had;
    }

    /** Renames, keeping the place in the list. */
    public void rename(String from, String to) {
        synchronized (entries) {
            SavedPayload p = require("payload-rename", from);
            if (!from.equals(to) && entries.containsKey(to)) {
                throw sockbench.net.Errors.badArgument("payload-rename", "a payload named " + to + " exists already");
            }
            Map<String, SavedPayload> copy = new LinkedHashMap<>(entries);
            entries.clear();
            copy.forEach((k, v) -> entries.put(k.equals(from) ? to : k,
                    k.equals(from) ? new SavedPayload(to, p.data(), p.mode(), p.flags(), p.target()) : v));
        }
        changed();
    }

    public List<SavedPayload> all() {
        synchronized (entries) {
            return new ArrayList<>(entries.values());
        }
    }

    public List<String> names() {
        synchronized (entries) {
            return new ArrayList<>(entries.keySet());
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
        changed();
    }

    /** Calls {@code l} after every change; the returned handle removes it. */
    public AutoCloseable listen(Runnable l) {
        listeners.add(l);
        return () -> listeners.remove(l);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
