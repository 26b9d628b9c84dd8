package ru.rop.portal.retention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The act files in {@code ${rop.data-dir}/destruction-acts/}: they name people, so they live outside the database,
 * on the server's disk, and go into its backups with the data directory. Kept three years (order 179 of
 * Roskomnadzor), then deleted by the operator.
 */
@Component
class ActFiles {

    private final Path dir;

    ActFiles(@Value("${rop.data-dir}") String dataDir) throws IOException {
        this.dir = Path.of(dataDir, "destruction-acts").toAbsolutePath();
        Files.createDirectories(dir);
    }

    /**
     * Written whole or not at all: a reader never sees half an act. An existing file is never replaced: an act is
     * kept for three years, even if the database was restored from an older backup and numbers repeat.
     */
    void write(String fileName, byte[] content) {
        Path target = path(fileName);
        if (Files.exists(target)) {
            throw new IllegalStateException("The destruction act " + target + " exists already; it is not replaced");
        }
        try {
            Path temporary = Files.createTempFile(dir, "act-", ".part");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the destruction act " + target, e);
        }
    }

    Optional<byte[]> read(String fileName) {
        Path file = path(fileName);
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the destruction act " + file, e);
        }
    }

    void delete(String fileName) {
        try {
            Files.deleteIfExists(path(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the destruction act " + fileName, e);
        }
    }

    Path path(String fileName) {
        Path file = dir.resolve(fileName).normalize();
        if (!file.getParent().equals(dir)) {
            throw new IllegalArgumentException("Not an act file name: " + fileName);
        }
        return file;
    }
}
