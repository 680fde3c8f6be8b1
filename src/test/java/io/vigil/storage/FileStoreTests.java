package io.vigil.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.support.VigilIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;

@VigilIntegrationTest
@TestPropertySource(properties = "vigil.storage.max-file-size=1MB")
class FileStoreTests {

    @Autowired
    FileStore files;

    @Test
    void storesAndStreamsBackTheSameBytesWithTheirHash() {
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);

        StoredFile stored = files.store("reports/2026/scan report.pdf", "application/pdf", new ByteArrayInputStream(content));

        assertThat(stored.filename()).isEqualTo("scan report.pdf");
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(sha256(content));
        assertThat(files.find(stored.id())).contains(stored);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.copyTo(stored.id(), out);
        assertThat(out.toByteArray()).isEqualTo(content);
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> files.store("empty.txt", "text/plain", InputStream.nullInputStream()))
                .isInstanceOfSatisfying(FileRejectedException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
    }

    @Test
    void refusesAFileOverTheLimitAndStoresNothing() {
        byte[] content = new byte[1024 * 1024 + 1];

        assertThatThrownBy(() -> files.store("big.bin", null, new ByteArrayInputStream(content)))
                .isInstanceOfSatisfying(FileRejectedException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE));
    }

    @Test
    void keepsOnlyASafeFileName() {
        StoredFile stored = files.store("..\\..\\evil\"\u0007name.txt", "", new ByteArrayInputStream(
                "x".getBytes(StandardCharsets.UTF_8)));

        assertThat(stored.filename()).isEqualTo("evilname.txt");
        assertThat(stored.contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void anUnknownFileIsNotFound() {
        UUID unknown = UUID.randomUUID();

        assertThat(files.find(unknown)).isEmpty();
        assertThatThrownBy(() -> files.copyTo(unknown, new ByteArrayOutputStream()))
                .isInstanceOf(RecordNotFoundException.class);
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
