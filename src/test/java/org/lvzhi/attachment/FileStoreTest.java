package org.lvzhi.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreTest {

  @TempDir Path dataDir;

  @Test
  void receivesKeepsOpensAndDeletes() throws Exception {
    var files = new FileStore(dataDir.toString());
    byte[] content = Samples.pdfOfSize(10_000);
    var received = files.receive(new ByteArrayInputStream(content), 20_000, 4096);
    assertThat(received.size()).isEqualTo(10_000);
    assertThat(received.head()).hasSize(4096).isEqualTo(java.util.Arrays.copyOf(content, 4096));
    assertThat(received.sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));

    String stored = files.keep(received, LocalDate.of(2026, 3, 9));
    assertThat(stored).matches("2026/03/[0-9a-f-]{36}");
    assertThat(Files.exists(received.temp())).isFalse();
    Path file = dataDir.resolve("attachments").resolve(stored);
    assertThat(Files.readAllBytes(file)).isEqualTo(content);
    assertThat(files.open(stored)).isPresent();

    files.delete(stored);
    assertThat(Files.exists(file)).isFalse();
    assertThat(files.open(stored)).isEmpty();
  }

  @Test
  void stopsReadingOneBytePastTheLimit() {
    var files = new FileStore(dataDir.toString());
    var received = files.receive(new ByteArrayInputStream(new byte[100_000]), 1000, 64);
    assertThat(received.size()).isEqualTo(1001);
    files.discard(received.temp());
    assertThat(Files.exists(received.temp())).isFalse();
  }
}
