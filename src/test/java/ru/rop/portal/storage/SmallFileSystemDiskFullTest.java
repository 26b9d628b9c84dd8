package ru.rop.portal.storage;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The disk-full case on a real small file system: the data folder is a 64 MiB tmpfs that a filler file fills up.
 * Mounting needs root; where it is impossible the test is skipped (tag "mount" to select or exclude it).
 */
@Tag("mount")
class SmallFileSystemDiskFullTest extends DiskFullScenario {

    private static final Path DIR = Path.of("target", "disk-full-tmpfs", UUID.randomUUID().toString())
            .toAbsolutePath();
    private static final String URL = h2Url("file:" + DIR.resolve("rop-portal"));
    private static boolean mounted;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        Files.createDirectories(DIR);
        mounted = run("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", DIR.toString());
        registry.add("spring.datasource.url", () -> URL);
        // CI points the application at MariaDB with its own user; this test owns its H2 file and its user.
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
        registry.add("rop.data-dir", DIR::toString);
    }

    @AfterAll
    static void unmount() throws Exception {
        if (mounted) {
            // Lazy: the database file is still open until the context closes after this class.
            run("umount", "-l", DIR.toString());
        }
    }

    @Override
    void assumeFillable() {
        assumeTrue(mounted, "mounting a tmpfs is not possible here");
    }

    @Override
    void fillTheDisk() throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream filler = Files.newOutputStream(DIR.resolve("filler"))) {
            while (true) {
                filler.write(block);
            }
        } catch (IOException full) {
            // No space left on device: the disk is full, as wanted.
        }
        // The last partial block may still fit: fill what is left byte by byte.
        try (OutputStream rest = Files.newOutputStream(DIR.resolve("filler-rest"))) {
            while (true) {
                rest.write(0);
                rest.flush();
            }
        } catch (IOException full) {
            // Full to the last byte.
        }
    }

    @Override
    void freeTheDisk() throws IOException {
        Files.deleteIfExists(DIR.resolve("filler"));
        Files.deleteIfExists(DIR.resolve("filler-rest"));
    }

    @Override
    String databaseUrl() {
        return URL;
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
