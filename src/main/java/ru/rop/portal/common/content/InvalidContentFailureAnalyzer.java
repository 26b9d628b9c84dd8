package ru.rop.portal.common.content;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a broken content file into a start-up report a content editor can act on, instead of a stack trace. */
class InvalidContentFailureAnalyzer extends AbstractFailureAnalyzer<InvalidContentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidContentException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the named entries in templates/" + cause.file()
                        + " (or in the copy under ROP_TEMPLATES_DIR) and start the application again.",
                cause);
    }
}
