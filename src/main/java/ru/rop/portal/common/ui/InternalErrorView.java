package ru.rop.portal.common.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees when a page fails: a polite Russian message with an incident number, never the exception.
 * The log has the stack trace under the same number, and not the address, which may hold a candidate's link.
 */
@AnonymousAllowed
public class InternalErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    public InternalErrorView() {
        addClassName("rop-page");
        setId("error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll(); // Vaadin reuses the error view when the next address fails too
        String incident = incident();
        log.error("Incident {}: a page failed to open", incident, parameter.getCaughtException());
        H2 title = new H2(getTranslation("error.title"));
        Paragraph text = new Paragraph(getTranslation("error.text", incident));
        text.setId("error-incident");
        add(title, text, new Anchor("", getTranslation("error.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** A short number a person can read out to the administrator, who finds it in the log. */
    static String incident() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
