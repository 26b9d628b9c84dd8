package ru.rop.portal.storage;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The disk-full case by an injected failure: H2's file writes fail on a switch. Runs everywhere. */
class InjectedDiskFullTest extends DiskFullScenario {

    private static final Path DIR = Path.of("target", "disk-full-injected", UUID.randomUUID().toString())
            .toAbsolutePath();
    private static final String URL = h2Url(FullDiskFilePath.SCHEME + ":" + DIR.resolve("rop-portal"));

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        FullDiskFilePath.register();
        registry.add("spring.datasource.url", () -> URL);
        // CI points the application at MariaDB with its own user; this test owns its H2 file and its user.
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
        registry.add("rop.data-dir", DIR::toString);
    }

    @Override
    void fillTheDisk() {
        FullDiskFilePath.full(true);
    }

    @Override
    void freeTheDisk() {
        FullDiskFilePath.full(false);
    }

    @Override
    String databaseUrl() {
        return URL;
    }
}
