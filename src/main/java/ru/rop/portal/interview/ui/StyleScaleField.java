package ru.rop.portal.interview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import ru.rop.portal.classification.Dimension;

/**
 * Where the candidate sits on one style's own 1–5 scale, marked beside the quality score: a compact segmented
 * choice titled with the style, saying under it what the chosen position means. Not a score: neither end is the
 * good one. Ids {@code style-<DIMENSION>-1…5} and {@code style-<DIMENSION>-text}.
 */
class StyleScaleField extends Div {

    private final Dimension style;
    private final List<Button> segments = new ArrayList<>();
    private final Paragraph meaning = new Paragraph();
    private Integer position;
    private IntConsumer onChoose = chosen -> { };

    StyleScaleField(Dimension style) {
        this.style = style;
        String prefix = "style-" + style.id().name();
        setId(prefix);
        addClassName("rop-style-scale");
        Span title = new Span(style.label());
        title.addClassName("rop-style-title");
        Span hint = new Span(getTranslation("interview.style.hint"));
        hint.addClassName("rop-muted");
        Div head = new Div(title, hint);
        head.addClassName("rop-style-head");
        Div group = new Div();
        group.addClassName("rop-style-segments");
        group.getElement().setAttribute("role", "radiogroup");
        group.getElement().setAttribute("aria-label", getTranslation("interview.style.aria", style.label()));
        for (int level = 1; level <= 5; level++) {
            int value = level;
            Button segment = new Button(String.valueOf(level), e -> onChoose.accept(value));
            segment.setId(prefix + "-" + level);
            segment.addClassName("rop-style-segment");
            segment.getElement().setAttribute("role", "radio");
            segment.setTooltipText(style.scaleText(level));
            segments.add(segment);
            group.add(segment);
        }
        meaning.setId(prefix + "-text");
        meaning.addClassName("rop-style-text");
        add(head, group, meaning);
        setPosition(null);
    }

    /** Called with the position clicked; the listener saves and then shows what was saved. */
    void onChoose(IntConsumer listener) {
        this.onChoose = listener;
    }

    void setPosition(Integer position) {
        this.position = position;
        for (int i = 0; i < segments.size(); i++) {
            boolean selected = position != null && position == i + 1;
            segments.get(i).setClassName("rop-style-segment-chosen", selected);
            segments.get(i).getElement().setAttribute("aria-checked", String.valueOf(selected));
        }
        meaning.setText(position == null ? getTranslation("interview.style.none") : style.scaleText(position));
        meaning.setClassName("rop-muted", position == null);
    }

    /** Clicking the marked position again clears the mark, as with the score. */
    Integer toggled(int level) {
        return position != null && position == level ? null : level;
    }

    void setReadOnly(boolean readOnly) {
        segments.forEach(segment -> segment.setEnabled(!readOnly));
    }
}
