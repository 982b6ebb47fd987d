package sockbench.net;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import sockbench.net.libc.AddrinfoStruct;
import sockbench.net.libc.ConstantTable;
import sockbench.net.libc.LibC;
import sockbench.net.libc.Sockaddrs;

/** Forward and reverse resolution: getaddrinfo(3) and getnameinfo(3), with the egg's conventions. */
public final class Resolver {
    private static final int EAI_NONAME = gai("EAI_NONAME");
    private static final int EAI_SYSTEM = gai("EAI_SYSTEM");
    private static final int NI_MAXHOST = (int) Constants.internal("NI_MAXHOST");
    private static final int NI_MAXSERV = (int) Constants.internal("NI_MAXSERV");

    private Resolver() {}

    /**
     * {@code (address-information node service family: type: protocol: flags:)}. node null is the
     * loopback (or, with ai/passive, the unspecified) address; service a name, a port number or null.
     * family/type/protocol null mean unrestricted. An unknown name gives an empty list, as the egg does;
     * any other resolver failure raises with its {@code EAI_*} code.
     */
    public static List<AddrInfo> addressInformation(String node, Object service, Integer family, Integer type,
                                                    Integer protocol, int flags) {
        String serv = serviceText(service);
        if (node != null && (node.isEmpty() || node.indexOf('\0') >= 0)) {
            throw Errors.badArgument("address-information", "invalid node name \"" + node + "\"");
        }
        AddrinfoStruct hints = new AddrinfoStruct();
        hints.ai_flags = flags;
        hints.ai_family = family == null ? 0 : family;
        hints.ai_socktype = type == null ? 0 : type;
        hints.ai_protocol = protocol == null ? 0 : protocol;
        PointerByReference res = new PointerByReference();
        long t0 = Sys.start();
        int rc = LibC.getaddrinfo(node, serv, hints, res);
        int errno = rc == EAI_SYSTEM ? LibC.errno() : 0;
        Sys.trace(t0, -1, "getaddrinfo", () -> quote(node) + ", " + quote(serv) + ", {ai_flags=" + CText.flags("ai", flags)
                + ", ai_family=" + hints.ai_family + ", ai_socktype=" + hints.ai_socktype + ", ai_protocol="
                + hints.ai_protocol + "}, ...", rc, 0);
        if (rc == EAI_NONAME) {
            return List.of();
        }
        if (rc == EAI_SYSTEM) {
            throw Errors.syscall("getaddrinfo", errno);
        }
        if (rc != 0) {
            throw Errors.resolver("getaddrinfo", rc);
        }
        List<AddrInfo> out = new ArrayList<>();
        Pointer head = res.getValue();
        try {
            for (Pointer p = head; p != null; ) {
                AddrinfoStruct ai = new AddrinfoStruct(p);
                SockAddr sa = SockAddr.fromRaw(Sockaddrs.decode(ai.ai_addr, ai.ai_addrlen));
                out.add(new AddrInfo(ai.ai_family, ai.ai_socktype, ai.ai_protocol, sa, ai.ai_canonname, ai.ai_flags));
                p = ai.ai_next;
            }
        } finally {
            LibC.freeaddrinfo(head);
        }
        return List.copyOf(out);
    }

    /**
     * {@code (name-information saddr flags)}: {@code (node . service)}, the service an Integer when it
     * has no name. A failed lookup (with {@code ni/namereqd}) raises with the resolver's text. A unix
     * address gives what the C library's getnameinfo gives, as the egg does: the host's node name and
     * the path (cut to NI_MAXSERV bytes, as the egg's buffer cuts it).
     */
    public static NameInfo nameInformation(SockAddr address, int flags) {
        if (address == null) {
            throw Errors.badArgument("name-information", "no address given");
        }
        Sockaddrs.Native sa = address.toNative();
        byte[] host = new byte[NI_MAXHOST];
        byte[] serv = new byte[NI_MAXSERV];
        long t0 = Sys.start();
        int rc = LibC.getnameinfo(sa.memory(), sa.length(), host, host.length, serv, serv.length, flags);
        int errno = rc == EAI_SYSTEM ? LibC.errno() : 0;
        Sys.trace(t0, -1, "getnameinfo", () -> address.toC() + ", " + sa.length() + ", ..., " + NI_MAXHOST + ", ..., " + NI_MAXSERV + ", "
                + CText.flags("ni", flags), rc, 0);
        if (rc == EAI_SYSTEM) {
            throw Errors.syscall("getnameinfo", errno);
        }
        if (rc != 0) {
            throw Errors.resolver("getnameinfo", rc);
        }
        String service = cString(serv);
        Object s = service.matches("[0-9]+") ? Integer.valueOf(service) : service;
        return new NameInfo(cString(host), s);
    }

    /** The string convenience of the egg: {@code (name-information "::1")}. */
    public static NameInfo nameInformation(String address, int flags) {
        return nameInformation(SockAddr.inet(address, null), flags);
    }

    private static String serviceText(Object service) {
        if (service == null || Boolean.FALSE.equals(service)) {
            return null;
        }
        if (service instanceof Number) {
            return Integer.toString(SockAddr.parsePort("address-information", service));
        }
        if (service instanceof String s) {
            if (s.isEmpty() || s.indexOf('\0') >= 0) {
                throw Errors.badArgument("address-information", "invalid service \"" + s + "\"");
            }
            return s;
        }
        throw Errors.badArgument("address-information", "service must be a string, an integer or #f, got " + service);
    }

    private static int gai(String name) {
        for (var e : ConstantTable.current().gaiNames().entrySet()) {
            if (e.getValue().equals(name)) {
                return e.getKey();
            }
        }
        throw Errors.unsupported(name);
    }

    private static String cString(byte[] b) {
        int n = 0;
        while (n < b.length && b[n] != 0) {
            n++;
        }
        return new String(b, 0, n, StandardCharsets.ISO_8859_1);
    }

    private static String quote(String s) {
        return s == null ? "NULL" : "\"" + s + "\"";
    }
}
