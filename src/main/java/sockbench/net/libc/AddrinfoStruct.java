package sockbench.net.libc;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/** {@code struct addrinfo} as glibc lays it out (getaddrinfo(3)); BSDs put the canonical name first. */
@Structure.FieldOrder({"ai_flags", "ai_family", "ai_socktype", "ai_protocol", "ai_addrlen",
        "ai_addr", "ai_canonname", "ai_next"})
public final class AddrinfoStruct extends Structure {
    public int ai_flags;
    public int ai_family;
    public int ai_socktype;
    public int ai_protocol;
    public int ai_addrlen;
    public Pointer ai_addr;
    public String ai_canonname;
    public Pointer ai_next;

    public AddrinfoStruct() {}

    public AddrinfoStruct(Pointer p) {
        super(p);
        read();
    }
}
