package org.lvzhi.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The files themselves, under {@code <lvzhi.data-dir>/attachments/<yyyy>/<MM>/<uuid>}: never in the
 * web root and never under a name a user chose. Uploads arrive in {@code attachments/incoming}
 * first and are moved into place only once they pass the checks.
 */
@Component
class FileStore {

  private static final Logger log = LoggerFactory.getLogger(FileStore.class);

  /**
   * An upload copied to a temporary file: its size (stopping one byte past the limit), digest and
   * first bytes.
   */
  @SuppressWarnings(
      "ArrayRecordComponent") // never compared or hashed: head is only read to sniff the type
  record Received(Path temp, long size, String sha256, byte[] head) {}

  private final Path root;
  private final Path incoming;

  FileStore(@Value("${lvzhi.data-dir:./data}") String dataDir) {
    this.root = Path.of(dataDir).toAbsolutePath().normalize().resolve("attachments");
    this.incoming = root.resolve("incoming");
  }

  /** Copies at most {@code limit + 1} bytes of the content to a temporary file. */
  Received receive(InputStream content, long limit, int headLength) {
    Path temp = null;
    try {
      Files.createDirectories(incoming);
      temp = Files.createTempFile(incoming, "upload-", ".part");
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      ByteArrayOutputStream head = new ByteArrayOutputStream(Math.min(headLength, 64 * 1024));
      long size = 0;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha256)) {
        byte[] buffer = new byte[64 * 1024];
        int read;
        while (size <= limit
            && (read = content.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - size)))
                != -1) {
          out.write(buffer, 0, read);
          head.write(buffer, 0, (int) Math.max(0, Math.min(read, headLength - size)));
          size += read;
        }
      }
      return new Received(
          temp, size, HexFormat.of().formatHex(sha256.digest()), head.toByteArray());
    } catch (IOException e) {
      discard(temp);
      throw new UncheckedIOException("could not receive an upload", e);
    } catch (NoSuchAlgorithmException e) {
      discard(temp);
      throw new IllegalStateException(e);
    }
  }

  /** Moves a received file into place; answers its stored name, {@code yyyy/MM/uuid}. */
  String keep(Received received, LocalDate day) {
    String storedName =
        "%04d/%02d/%s".formatted(day.getYear(), day.getMonthValue(), UUID.randomUUID());
    Path target = resolve(storedName);
    try {
      Files.createDirectories(target.getParent());
      Files.move(received.temp(), target, StandardCopyOption.ATOMIC_MOVE);
      return storedName;
    } catch (IOException e) {
      throw new UncheckedIOException("could not keep an upload", e);
    }
  }

  Optional<Resource> open(String storedName) {
    Path file = resolve(storedName);
    return Files.isRegularFile(file) ? Optional.of(new FileSystemResource(file)) : Optional.empty();
  }

  /** Removes a kept file; a failure is logged, not thrown, since the record is gone either way. */
  void delete(String storedName) {
    try {
      Files.deleteIfExists(resolve(storedName));
    } catch (IOException | RuntimeException e) {
      log.warn("could not delete attachment file {}", storedName, e);
    }
  }

  void discard(Path temp) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        log.warn("could not delete temporary upload {}", temp, e);
      }
    }
  }

  private Path resolve(String storedName) {
    Path file = root.resolve(storedName).normalize();
    if (!file.startsWith(root) || file.startsWith(incoming)) {
      throw new IllegalStateException("stored name outside the attachment folder: " + storedName);
    }
    return file;
  }
}
