package sockbench.net;

/**
 * The egg's {@code addrinfo} record, as {@code address-information} returns it. Printed as
 * {@code #<addrinfo "127.0.0.1:80" af/inet sock/stream ipproto/tcp>}.
 *
 * @param canonname the canonical name when {@code ai/canonname} was asked, else null
 */
public record AddrInfo(int family, int socktype, int protocol, SockAddr address, String canonname, int flags) {

    @Override
    public String toString() {
        return "#<addrinfo \"" + address.toEggString() + "\" " + Constants.describe("af", family) + " "
                + Constants.describe("sock", socktype) + " " + Constants.describe("ipproto", protocol)
                + (canonname != null ? " canonical: \"" + canonname + "\"" : "") + ">";
    }
}
