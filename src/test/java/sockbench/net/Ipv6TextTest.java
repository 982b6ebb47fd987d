package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * sockaddr-address of IPv6 addresses is "the canonical string representation of the address, as in
 * inet_ntop()": compared with the C library's inet_ntop, reached through python3's socket module.
 */
class Ipv6TextTest {
    private static final String NTOP = String.join("\n",
            "import socket, sys",
            "for h in sys.argv[1:]:",
            "    print(socket.inet_ntop(socket.AF_INET6, bytes.fromhex(h)))");

    @Test
    void should_write_ipv6_addresses_as_the_c_library_does() throws Exception {
        Random random = new Random(20240611L);
        List<String> hex = new ArrayList<>(List.of(
                "00000000000000000000000000000000", "00000000000000000000000000000001",
                "00000000000000000000000001020304", "00000000000000000000ffff01020304",
                "000000000000000000000000ffff0000", "0000000000000000ffff000001020304",
                "00010000000000000000000000000000", "fe800000000000000000000000000001",
                "20010db8000000010000000000000001", "00000000000000000000000000010000"));
        while (hex.size() < 3000) {
            StringBuilder h = new StringBuilder();
            for (int g = 0; g < 8; g++) {
                int kind = random.nextInt(4);
                int v = kind < 2 ? 0 : kind == 2 ? 0xffff : random.nextInt(0x10000);
                h.append(String.format("%04x", v));
            }
            hex.add(h.toString());
        }
        try (Peer python = Peer.python(NTOP, hex.toArray(new String[0]))) {
            for (String h : hex) {
                String expected = python.readLine(Duration.ofSeconds(20));
                assertThat(SockAddr.inet(colons(h), 0).address()).as("address %s", h).isEqualTo(expected);
            }
        }
    }

    private static String colons(String hex) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 32; i += 4) {
            s.append(i > 0 ? ":" : "").append(hex, i, i + 4);
        }
        return s.toString();
    }
}
