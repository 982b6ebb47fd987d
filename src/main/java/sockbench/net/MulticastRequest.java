package sockbench.net;

/**
 * A multicast membership request: {@code ip_mreqn} (group, local interface address, interface index)
 * or {@code ipv6_mreq} (group, interface index). Unused parts are "0.0.0.0" / 0.
 */
public record MulticastRequest(String group, String interfaceAddress, int interfaceIndex) {

    @Override
    public String toString() {
        return "(\"" + group + "\" \"" + interfaceAddress + "\" " + interfaceIndex + ")";
    }
}
