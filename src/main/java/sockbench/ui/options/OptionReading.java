package sockbench.ui.options;

import sockbench.net.NetException;
import sockbench.net.Socket;
import sockbench.net.SocketOption;
import sockbench.net.SocketOptions;
import sockbench.ui.action.EggText;
import sockbench.ui.errors.ErrorExplainer;
import sockbench.ui.errors.Explanation;

/** One option read from one socket, off the FX thread. */
record OptionReading(SocketOption option, OptionRow.Availability availability, Object value, String printed,
                     String reason) {

    /** What a refresh shows of an option that reading changes: not read, and why. */
    static OptionReading onRequest(SocketOption option) {
        return new OptionReading(option, OptionRow.Availability.ON_REQUEST, null, "not read",
                "reading takes the pending error (the socket's next call would not see it): Read reads it now");
    }

    static OptionReading of(Socket socket, SocketOption option) {
        if (!option.isDefined()) {
            return new OptionReading(option, OptionRow.Availability.UNSUPPORTED, null, "#f",
                    "not on this platform: " + option.symbol() + " is #f here");
        }
        if (!option.access().readable()) {
            return new OptionReading(option, OptionRow.Availability.WRITE_ONLY, null, "write-only",
                    "the kernel takes a " + option.typeName() + " and gives nothing back");
        }
        try {
            Object v = SocketOptions.get(socket, option);
            return new OptionReading(option, OptionRow.Availability.READ, v, EggText.value(v), null);
        } catch (NetException e) {
            Explanation x = ErrorExplainer.explain(e);
            boolean unsupported = e.is("unsupported");
            return new OptionReading(option, unsupported ? OptionRow.Availability.UNSUPPORTED : OptionRow.Availability.FAILED,
                    null, unsupported ? "unsupported" : "error", x.oneLine());
        }
    }
}
