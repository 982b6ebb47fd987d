package sockbench.ui.wire;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/**
 * Writes a JavaFX image as a PNG (RFC 2083: signature, IHDR, one zlib IDAT of filter-0 RGBA rows, IEND),
 * without javafx.swing or AWT, which this module does not use.
 */
final class PngWriter {
    private PngWriter() {}

    static void write(Image image, OutputStream out) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        PixelReader r = image.getPixelReader();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(raw)) {
            byte[] row = new byte[1 + 4 * w];
            for (int y = 0; y < h; y++) {
                row[0] = 0;
                for (int x = 0; x < w; x++) {
                    int argb = r.getArgb(x, y);
                    row[1 + 4 * x] = (byte) (argb >> 16);
                    row[2 + 4 * x] = (byte) (argb >> 8);
                    row[3 + 4 * x] = (byte) argb;
                    row[4 + 4 * x] = (byte) (argb >>> 24);
                }
                z.write(row);
            }
        }
        DataOutputStream d = new DataOutputStream(out);
        d.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream i = new DataOutputStream(ihdr);
        i.writeInt(w);
        i.writeInt(h);
        i.write(new byte[] {8, 6, 0, 0, 0}); // 8 bits, RGBA, deflate, no filter method, no interlace
        chunk(d, "IHDR", ihdr.toByteArray());
        chunk(d, "IDAT", raw.toByteArray());
        chunk(d, "IEND", new byte[0]);
        d.flush();
    }

    private static void chunk(DataOutputStream d, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
