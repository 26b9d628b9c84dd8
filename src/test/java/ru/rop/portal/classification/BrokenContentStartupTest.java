package ru.rop.portal.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.rop.portal.Application;

/** A broken content file stops the real application's start-up with a report naming the file and the entry. */
@ExtendWith(OutputCaptureExtension.class)
class BrokenContentStartupTest {

    @TempDir
    Path templates;

    @Test
    void startUpFailsAndNamesTheFile(CapturedOutput output) throws Exception {
        Path file = templates.resolve(RopModelContent.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, Files.readString(Path.of("templates", RopModelContent.FILE))
                .replaceFirst("id: CHOLERIC", "id: CHOLERIC_TYPO"));

        SpringApplication application = new SpringApplication(Application.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        assertThatThrownBy(() -> application.run(
                "--spring.profiles.active=test",
                "--spring.datasource.url=jdbc:h2:mem:broken-content;MODE=MariaDB;DATABASE_TO_LOWER=TRUE",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--rop.templates-dir=" + templates))
                .hasStackTraceContaining("templates/model/rop-model.yaml");
        assertThat(output).contains("templates/model/rop-model.yaml").contains("types[5].id")
                .contains("CHOLERIC_TYPO");
    }
}
