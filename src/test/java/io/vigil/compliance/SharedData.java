package io.vigil.compliance;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared third-party test data ({@code shared/data} next to the project). The project may sit in
 * a worktree elsewhere, so {@code VIGIL_SHARED_DATA} (property or environment) wins, then
 * {@code ../shared/data}, then {@code /work/shared/data}.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path dir() {
        String configured = System.getProperty("VIGIL_SHARED_DATA", System.getenv("VIGIL_SHARED_DATA"));
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        Path relative = Path.of("../shared/data");
        return Files.isDirectory(relative) ? relative : Path.of("/work/shared/data");
    }

    public static Path file(String relative) {
        return dir().resolve(relative);
    }

    public static Path nist(String name) {
        return file("oscal/nist-800-53-rev5-v5.0.1/" + name);
    }
}
