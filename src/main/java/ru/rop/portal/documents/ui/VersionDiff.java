package ru.rop.portal.documents.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import ru.rop.portal.documents.ClauseChange;

/**
 * The changes between two versions, one entry per clause: what happened in which section, then the text; a
 * reworded clause shows its removed words struck through and its added words marked.
 */
class VersionDiff extends Div {

    VersionDiff(List<ClauseChange> changes) {
        addClassName("rop-diff");
        setId("jd-diff");
        if (changes.isEmpty()) {
            add(new Paragraph(getTranslation("jd.diff.same")));
            return;
        }
        add(new Paragraph(getTranslation("jd.diff.count", changes.size())));
        for (ClauseChange change : changes) {
            Span label = new Span(getTranslation("jd.diff.kind." + change.kind().name())
                    + (change.section().isEmpty() ? "" : " · " + change.section()));
            label.addClassName("rop-diff-label");
            Div text = new Div();
            text.addClassName("rop-diff-text");
            switch (change.kind()) {
                case ADDED, MOVED -> text.setText(change.newer());
                case REMOVED -> text.setText(change.older());
                case CHANGED -> change.words().forEach(word -> {
                    Span span = new Span(word.text());
                    if (word.mark() != ClauseChange.Mark.SAME) {
                        span.addClassName("rop-diff-word-" + word.mark().name().toLowerCase(Locale.ROOT));
                    }
                    text.add(span, new Span(" "));
                });
            }
            Div entry = new Div(label, text);
            entry.addClassNames("rop-diff-entry", "rop-diff-" + change.kind().name().toLowerCase(Locale.ROOT));
            add(entry);
        }
    }
}
