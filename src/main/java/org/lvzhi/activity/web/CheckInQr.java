package org.lvzhi.activity.web;

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
import org.lvzhi.activity.Activity;
import org.lvzhi.activity.ActivityQueries;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The QR code shown at an activity: it opens this server's check-in page with the activity and its
 * code, so a signed-in member checks in with one tap. Only organisers may see it.
 */
@Component
class CheckInQr {

  private static final int SIZE = 320;
  private final ActivityQueries activities;

  CheckInQr(ActivityQueries activities) {
    this.activities = activities;
  }

  byte[] png(long activityId) {
    Activity activity = activities.organisable(activityId);
    String url =
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/check-in")
            .queryParam("activity", activityId)
            .queryParam("code", activity.checkInCode())
            .toUriString();
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(
                  url,
                  BarcodeFormat.QR_CODE,
                  SIZE,
                  SIZE,
                  Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.CHARACTER_SET, "UTF-8"));
      BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_BINARY);
      for (int x = 0; x < SIZE; x++) {
        for (int y = 0; y < SIZE; y++) {
          image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (WriterException e) {
      throw new IllegalStateException("QR code could not be made for " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
