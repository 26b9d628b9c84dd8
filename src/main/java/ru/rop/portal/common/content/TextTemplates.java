package ru.rop.portal.common.content;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Texts people edit in {@code templates/} (e-mails, the consent, documents), written in FreeMarker: a template
 * engine Java teams know, with loops and conditions, and errors that name the line. A broken template is refused
 * with the file and the line, at start-up for the files a feature checks then.
 */
@Component
public class TextTemplates {

    /** Most compiled text templates kept (content files hold a few dozen; a bound in case one ever holds more). */
    private static final int COMPILED_LIMIT = 500;

    private final Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
    /**
     * Texts inside content files, compiled once: the consent is rendered on every step of every candidate's
     * assessment, and parsing it again each time was a measurable share of a step under load.
     */
    private final Map<Source, Template> compiled = new ConcurrentHashMap<>();

    private record Source(String name, String text) {
    }

    public TextTemplates(@Value("${rop.templates-dir:}") String templatesDir) throws IOException {
        freemarker.setTemplateLoader(StringUtils.hasText(templatesDir)
                ? new FileTemplateLoader(new File(templatesDir))
                : new ClassTemplateLoader(TextTemplates.class.getClassLoader(), "templates"));
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        // Templates are checked at start-up; a file edited while running takes effect after the next start,
        // so a broken edit is refused there instead of breaking documents already saved.
        freemarker.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    }

    /** Compiles the file now, so a broken one stops the start with its name and line. */
    public void check(String file) {
        template(file);
    }

    /**
     * @param file path inside {@code templates/}, e.g. {@code mail/invitation.ftl}
     * @throws InvalidContentException naming the file and the line, for a broken template or a missing value
     */
    public String render(String file, Map<String, ?> model) {
        return process(file, template(file), model);
    }

    /** A template kept inside a content file (e.g. the consent text in its YAML). */
    public String renderText(String name, String source, Map<String, ?> model) {
        Source key = new Source(name, source);
        Template template = compiled.get(key);
        if (template == null) {
            template = compile(name, source);
            if (compiled.size() >= COMPILED_LIMIT) {
                compiled.clear();
            }
            compiled.put(key, template);
        }
        return process(name, template, model);
    }

    /** Compiles a template kept inside a content file, for the file's start-up check. */
    public void checkText(String name, String source) {
        compile(name, source);
    }

    private Template template(String file) {
        try {
            return freemarker.getTemplate(file);
        } catch (ParseException e) {
            throw invalid(file, e.getLineNumber(), e.getEditorMessage());
        } catch (IOException e) {
            throw new InvalidContentException(file, List.of(new ContentProblem("", "cannot be read: "
                    + e.getMessage())));
        }
    }

    private Template compile(String name, String source) {
        try {
            return new Template(name, new StringReader(source), freemarker);
        } catch (ParseException e) {
            throw invalid(name, e.getLineNumber(), e.getEditorMessage());
        } catch (IOException e) {
            throw new InvalidContentException(name, List.of(new ContentProblem("", e.getMessage())));
        }
    }

    private static String process(String name, Template template, Map<String, ?> model) {
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw invalid(name, e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getMessageWithoutStackTop());
        } catch (IOException e) {
            throw new InvalidContentException(name, List.of(new ContentProblem("", e.getMessage())));
        }
        return out.toString();
    }

    private static InvalidContentException invalid(String file, int line, String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        // A missing value is named on the line FreeMarker marks with "==>"; the first line alone does not say which.
        String named = message == null ? "" : message.lines().filter(l -> l.startsWith("==>")).findFirst()
                .map(l -> " " + l.substring(3).strip()).orElse("");
        first = first + named;
        return new InvalidContentException(file, List.of(new ContentProblem("line " + line, first)));
    }
}
