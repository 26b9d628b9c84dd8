package ru.rop.portal.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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

    @Test
    void aQuestionScoringAStyleAsQualityStopsStartUp(CapturedOutput output) throws Exception {
        Path source = Path.of("templates");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path path : files.filter(Files::isRegularFile).toList()) {
                Path target = templates.resolve(source.relativize(path).toString());
                Files.createDirectories(target.getParent());
                Files.copy(path, target);
            }
        }
        Path questions = templates.resolve("interview/questions.yaml");
        Files.writeString(questions, Files.readString(questions)
                .replaceFirst("evidence: \\{ORGANIZED: 1", "evidence: {CONTROL_INTENSITY: 1, ORGANIZED: -1"));

        SpringApplication application = new SpringApplication(Application.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        assertThatThrownBy(() -> application.run(
                "--spring.profiles.active=test",
                "--spring.datasource.url=jdbc:h2:mem:broken-questions;MODE=MariaDB;DATABASE_TO_LOWER=TRUE",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--rop.templates-dir=" + templates))
                .hasStackTraceContaining("templates/interview/questions.yaml");
        assertThat(output).contains("templates/interview/questions.yaml").contains("questions[0].evidence")
                .contains("CONTROL_INTENSITY is a style, not a capability")
                .contains("weight -1.0 for ORGANIZED is not 0.5 or 1");
    }
}
