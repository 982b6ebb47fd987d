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
