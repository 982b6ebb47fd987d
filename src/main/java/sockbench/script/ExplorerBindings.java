package sockbench.script;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sockbench.net.Constants;
import sockbench.net.SockAddr;
import sockbench.net.Socket;
import sockbench.net.explore.ClientCounters;
import sockbench.net.explore.FileSender;
import sockbench.net.explore.Job;
import sockbench.net.explore.PayloadLibrary;
import sockbench.net.explore.ReceiveSaver;
import sockbench.net.explore.RepeatSender;
import sockbench.net.explore.Reply;
import sockbench.net.explore.Responder;
import sockbench.net.explore.Rule;
import sockbench.net.explore.SavedPayload;

/**
 * The protocol explorer's procedures (beyond the egg): responders, repeated sends, file send and
 * save, the payload library. Each starts a job on its own thread and returns it at once; the
 * {@code -stop} procedures end one, the {@code -wait} ones wait for its end (interruptible) and
 * raise what made it fail. These are the forms the window's Explorer writes to the transcript.
 */
public final class ExplorerBindings {
    private static final int STREAM = Constants.require("sock/stream");

    private ExplorerBindings() {}

    public static void install(GlobalEnv g) {
        install(g, PayloadLibrary.shared());
    }

    public static void install(GlobalEnv g, PayloadLibrary library) {
        responders(g);
        repeats(g);
        files(g);
        payloads(g, library);
    }

    private static void responders(GlobalEnv g) {
        g.defineProcedure("rule", 3, 3, a -> Rule.of(Args.symbol(a[0]).name(), text(a[1]), text(a[2])));
        g.defineProcedure("rule?", 1, 1, a -> a[0] instanceof Rule);
        // (responder-start s 'echo | "fixed" | #${..} | (list (rule ...)) close-after: N buffer: N)
        g.defineProcedure("responder-start", 2, Primitive.MANY, a -> {
            Map<String, Object> k = keys(a, 2, "responder-start", "close-after", "buffer");
            return Responder.start(SocketBindings.socket(a[0]), reply(a[1]),
                    Args.index(k.getOrDefault("close-after", 0L)), Args.index(k.getOrDefault("buffer", (long) Responder.DEFAULT_BUFFER)));
        });
        g.defineProcedure("responder?", 1, 1, a -> a[0] instanceof Responder);
        g.defineProcedure("responder-stop", 1, 1, a -> stop(responder(a[0])));
        g.defineProcedure("responder-running?", 1, 1, a -> responder(a[0]).isRunning());
        g.defineProcedure("responder-clients", 1, 1, a -> {
            List<Object> out = new ArrayList<>();
            for (ClientCounters c : responder(a[0]).clients()) {
                out.add(alist("peer", MString.of(c.peer()), "received", c.blocksIn(), "bytes-received", c.bytesIn(),
                        "replies", c.replies(), "bytes-sent", c.bytesOut(), "open", c.isOpen()));
            }
            return Lists.fromJava(out);
        });
        g.defineProcedure("responder-counts", 1, 1, a -> {
            Responder r = responder(a[0]);
            return alist("received", r.blocksIn(), "bytes-received", r.bytesIn(), "replies", r.replies(),
                    "bytes-sent", r.bytesOut(), "accepted", r.acceptedCount());
        });
    }

    private static Reply reply(Object x) {
        if (Symbol.of("echo").equals(x)) {
            return Reply.echo();
        }
        if (x instanceof MString || x instanceof Blob) {
            return Reply.fixed(Args.bytes(x));
        }
        if (x instanceof Rule r) {
            return Reply.rules(List.of(r));
        }
        if (x instanceof Pair || x == Empty.LIST) {
            List<Rule> rules = new ArrayList<>();
            for (Object o : Lists.toJava(x)) {
                if (!(o instanceof Rule r)) {
                    throw Errors.wrongType("rule", o);
                }
                rules.add(r);
            }
            return Reply.rules(rules);
        }
        throw Errors.wrongType("'echo, a fixed reply (string or blob) or a list of rules", x);
    }

    private static void repeats(GlobalEnv g) {
        // (repeat-send s "ping {n}\n" count: 10 every: 100 to: addr flags: 0); count: #f = until stopped
        g.defineProcedure("repeat-send", 2, Primitive.MANY, a -> {
            Map<String, Object> k = keys(a, 2, "repeat-send", "count", "every", "to", "flags");
            Object count = k.getOrDefault("count", Boolean.FALSE);
            Object to = k.getOrDefault("to", Boolean.FALSE);
            return RepeatSender.start(SocketBindings.socket(a[0]), Args.bytes(a[1]),
                    Boolean.FALSE.equals(to) ? null : sockaddr(to),
                    Boolean.FALSE.equals(count) ? null : Args.integer(count),
                    Args.integer(k.getOrDefault("every", 0L)), Args.intValue(k.getOrDefault("flags", 0L)));
        });
        g.defineProcedure("repeat-stop", 1, 1, a -> stop(repeat(a[0])));
        g.defineProcedure("repeat-wait", 1, 1, a -> {
            RepeatSender r = repeat(a[0]);
            await(r);
            return r.sent();
        });
        g.defineProcedure("repeat-sent", 1, 1, a -> repeat(a[0]).sent());
        g.defineProcedure("repeat-rate", 1, 1, a -> repeat(a[0]).rate());
        g.defineProcedure("repeat-running?", 1, 1, a -> repeat(a[0]).isRunning());
    }

    private static void files(GlobalEnv g) {
        g.defineProcedure("send-file", 2, 2, a -> FileSender.start(SocketBindings.socket(a[0]), Path.of(text(a[1]))));
        g.defineProcedure("send-file-cancel", 1, 1, a -> stop(fileSender(a[0])));
        g.defineProcedure("send-file-progress", 1, 1, a -> new Pair(fileSender(a[0]).sent(), fileSender(a[0]).total()));
        g.defineProcedure("send-file-wait", 1, 1, a -> {
            FileSender f = fileSender(a[0]);
            await(f);
            return f.sent();
        });
        // (save-received s "path" format: 'hex blocks: 10); blocks: 0 = until the peer ends or a stop
        g.defineProcedure("save-received", 2, Primitive.MANY, a -> {
            Map<String, Object> k = keys(a, 2, "save-received", "format", "blocks");
            return ReceiveSaver.start(SocketBindings.socket(a[0]), Path.of(text(a[1])),
                    ReceiveSaver.Format.of(Args.symbol(k.getOrDefault("format", Symbol.of("raw"))).name()),
                    Args.integer(k.getOrDefault("blocks", 0L)));
        });
        g.defineProcedure("save-received-stop", 1, 1, a -> stop(saver(a[0])));
        g.defineProcedure("save-received-wait", 1, 1, a -> {
            ReceiveSaver s = saver(a[0]);
            await(s);
            return s.blocks();
        });
    }

    private static void payloads(GlobalEnv g, PayloadLibrary library) {
        g.defineProcedure("payload-define", 2, Primitive.MANY, a -> {
            SavedPayload p = PayloadForms.define(a, "payload-define");
            library.put(p);
            return Symbol.of(p.name());
        });
        g.defineProcedure("payload-ref", 1, 1, a -> MString.ofBytes(library.require("payload-ref", name(a[0])).data()));
        g.defineProcedure("payload-names", 0, 0, a -> {
            List<Object> out = new ArrayList<>();
            library.names().forEach(n -> out.add(Symbol.of(n)));
            return Lists.fromJava(out);
        });
        g.defineProcedure("payload-delete", 1, 1, a -> library.remove(name(a[0])));
        g.defineProcedure("payload-send", 2, 2, a -> {
            Socket s = SocketBindings.socket(a[0]);
            SavedPayload p = library.require("payload-send", name(a[1]));
            byte[] d = p.data();
            if (s.type() == STREAM || p.target() == null) {
                if (s.type() == STREAM) {
                    s.sendAll(d, 0, null, p.flags());
                    return (long) d.length;
                }
                return (long) s.send(d, 0, null, p.flags());
            }
            return (long) s.sendTo(d, p.target(), 0, null, p.flags());
        });
        g.defineProcedure("payload-export", 1, 1, a -> {
            PayloadForms.export(library.all(), Path.of(text(a[0])));
            return (long) library.all().size();
        });
        g.defineProcedure("payload-import", 1, 1, a -> (long) PayloadForms.importInto(library, Path.of(text(a[0]))));
    }

    private static Object stop(Job j) {
        j.stop();
        return null;
    }

    /** Waits for the job's end; raises its failure (a stop is no failure). */
    private static void await(Job j) throws Exception {
        j.await(Long.MAX_VALUE / 4_000_000L); // interruptible: the console's interrupt ends the wait
        if (j.failure() instanceof Exception e) {
            throw e;
        } else if (j.failure() instanceof Error e) {
            throw e;
        }
    }

    private static Map<String, Object> keys(Object[] a, int from, String procedure, String... allowed) {
        Map<String, Object> k = Args.keywords(a, from);
        for (String name : k.keySet()) {
            if (!List.of(allowed).contains(name)) {
                throw Errors.error("unknown keyword " + name + ": (" + procedure + " ... "
                        + String.join(": ", allowed) + ":)");
            }
        }
        return k;
    }

    private static Object alist(Object... kv) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.add(new Pair(Symbol.of((String) kv[i]), Interop.toScheme(kv[i + 1])));
        }
        return Lists.fromJava(out);
    }

    private static String name(Object x) {
        return x instanceof Symbol s ? s.name() : text(x);
    }

    private static String text(Object x) {
        return Args.string(x).toJavaString();
    }

    private static SockAddr sockaddr(Object x) {
        if (x instanceof SockAddr s) {
            return s;
        }
        throw Errors.wrongType("sockaddr", x);
    }

    private static Responder responder(Object x) {
        if (x instanceof Responder r) {
            return r;
        }
        throw Errors.wrongType("responder", x);
    }

    private static RepeatSender repeat(Object x) {
        if (x instanceof RepeatSender r) {
            return r;
        }
        throw Errors.wrongType("repeat sender", x);
    }

    private static FileSender fileSender(Object x) {
        if (x instanceof FileSender f) {
            return f;
        }
        throw Errors.wrongType("file send", x);
    }

    private static ReceiveSaver saver(Object x) {
        if (x instanceof ReceiveSaver s) {
            return s;
        }
        throw Errors.wrongType("receive saver", x);
    }
}
