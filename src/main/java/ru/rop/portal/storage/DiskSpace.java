package ru.rop.portal.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Free space on the disk of the data folder (the H2 file, destruction acts), measured against the thresholds. */
@Component
public class DiskSpace {

    private static final long MIB = 1024 * 1024;

    /** How full the disk is, in the order health reports it. */
    public enum Level { FULL, LOW, ENOUGH }

    /** @param freeMb usable MiB left for this process */
    public record Reading(Path folder, long freeMb, Level level) {
    }

    private final Path dataDir;
    private final StorageProperties settings;

    DiskSpace(@Value("${rop.data-dir}") String dataDir, StorageProperties settings) {
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        this.settings = settings;
    }

    public Reading read() {
        // Before the first start the folder may not exist yet: its nearest existing parent is on the same disk.
        Path folder = dataDir;
        while (!Files.exists(folder) && folder.getParent() != null) {
            folder = folder.getParent();
        }
        try {
            long free = Files.getFileStore(folder).getUsableSpace() / MIB;
            Level level = free < settings.minFreeMb() ? Level.FULL
                    : free < settings.warnFreeMb() ? Level.LOW : Level.ENOUGH;
            return new Reading(dataDir, free, level);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long warnFreeMb() {
        return settings.warnFreeMb();
    }
}
