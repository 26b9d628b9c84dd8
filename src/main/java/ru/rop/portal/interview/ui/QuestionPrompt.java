package ru.rop.portal.interview.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import ru.rop.portal.interview.InterviewSession;

/**
 * What the interviewer reads out and listens for: the competency, the question, what a good answer shows, the
 * probes (open) and a strong and a weak answer (folded).
 */
class QuestionPrompt extends Div {

    private final Div head;

    QuestionPrompt(InterviewSession.Step step) {
        Span competency = new Span(step.competencyLabel());
        competency.addClassName("rop-chip");
        Span meta = new Span(getTranslation("interview.meta." + step.question().kind().name(),
                step.question().minutes()));
        meta.addClassName("rop-muted");
        head = new Div(competency, meta);
        head.addClassName("rop-question-head");
        Paragraph text = new Paragraph(step.question().text());
        text.addClassName("rop-question-text");
        text.setId("question-text");
        Div listen = new Div(new Span(getTranslation("interview.listen-for")),
                new Paragraph(step.question().listenFor()));
        listen.addClassName("rop-listen");
        UnorderedList probes = new UnorderedList();
        step.question().probes().forEach(p -> probes.add(new ListItem(p)));
        Details probeDetails = new Details(getTranslation("interview.probes"), probes);
        probeDetails.setOpened(true);
        Details examples = new Details(getTranslation("interview.examples"),
                new Paragraph(getTranslation("interview.strong", step.question().strongAnswer())),
                new Paragraph(getTranslation("interview.weak", step.question().weakAnswer())));
        addClassName("rop-question-prompt");
        add(head, text, listen, probeDetails, examples);
    }

    /** Marks the question as skipped beside its competency. */
    void markSkipped() {
        Span skipped = new Span(getTranslation("interview.skipped"));
        skipped.addClassName("rop-chip-warning");
        head.add(skipped);
    }
}
