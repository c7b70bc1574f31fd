package org.lvzhi.account;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** A QR code drawn here as PNG with zxing (nothing on the internet is asked to draw it). */
final class QrPng {

  private QrPng() {}

  static byte[] of(String text, int size) {
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(text, BarcodeFormat.QR_CODE, size, size, Map.of(EncodeHintType.MARGIN, 1));
      BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
      for (int x = 0; x < size; x++) {
        for (int y = 0; y < size; y++) {
          image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (WriterException e) {
      throw new IllegalStateException("QR code could not be made", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
