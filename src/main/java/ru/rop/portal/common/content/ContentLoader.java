package ru.rop.portal.common.content;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the product's content (questions, cases, types, document texts) from YAML files under {@code templates/}
 * and refuses anything broken: syntax, unknown fields, missing or over-long values (Bean Validation on the
 * records, so optional fields stay possible) and the content type's own rules.
 * The files ship in the jar; {@code ROP_TEMPLATES_DIR} points at an edited copy on disk instead.
 */
@Component
public class ContentLoader {

    private final Path externalDir;
    private final Validator validator;
    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public ContentLoader(@Value("${rop.templates-dir:}") String templatesDir, Validator validator) {
        this.externalDir = StringUtils.hasText(templatesDir) ? Path.of(templatesDir) : null;
        this.validator = validator;
    }

    /**
     * @param file path inside {@code templates/}, e.g. {@code model/rop-model.yaml}
     * @throws InvalidContentException naming the file and every problem found
     */
    public <T> T load(String file, Class<T> type, ContentRules<T> rules) {
        T content = parse(file, type);
        ContentChecks checks = new ContentChecks();
        validator.validate(content).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> checks.problem(v.getPropertyPath().toString(), describe(v)));
        if (checks.problems().isEmpty()) {
            rules.check(content, checks);
        }
        if (!checks.problems().isEmpty()) {
            throw new InvalidContentException(file, checks.problems());
        }
        return content;
    }

    private <T> T parse(String file, Class<T> type) {
        try (InputStream in = open(file)) {
            T content = yaml.readValue(in, type);
            if (content == null) {
                throw new InvalidContentException(file, List.of(new ContentProblem("", "the file is empty")));
            }
            return content;
        } catch (JacksonException e) {
            throw new InvalidContentException(file, List.of(new ContentProblem(entryPath(e), locate(e))));
        } catch (IOException e) {
            throw new InvalidContentException(file, List.of(new ContentProblem("", "cannot be read: " + e.getMessage())));
        }
    }

    private InputStream open(String file) throws IOException {
        if (externalDir != null) {
            return Files.newInputStream(externalDir.resolve(file));
        }
        ClassPathResource resource = new ClassPathResource("templates/" + file);
        if (!resource.exists()) {
            throw new IOException("no such file in the application's templates");
        }
        return resource.getInputStream();
    }

    private static String entryPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
        }
        return path.toString();
    }

    private static String locate(JacksonException e) {
        String message = e.getOriginalMessage().lines().findFirst().orElse("unreadable");
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return message + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        return message;
    }

    private static String describe(ConstraintViolation<?> violation) {
        Object value = violation.getInvalidValue();
        String shown = value instanceof String s && s.length() > 40 ? s.substring(0, 40) + "…" : String.valueOf(value);
        return violation.getMessage() + " (value: " + shown + ")";
    }
}
