package ru.rop.portal.classification.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import ru.rop.portal.classification.Dimension;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.DimensionKind;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.classification.RopType;
import ru.rop.portal.security.Roles;

/** The reference an owner reads before interviewing: the eight types and the twelve dimensions they are built on. */
@Route("model")
@Menu(title = "nav.model", order = 10, icon = "vaadin:cluster")
@RolesAllowed(Roles.HR)
public class ModelView extends VerticalLayout implements HasDynamicTitle {

    private final RopModel model;

    public ModelView(RopModel model) {
        this.model = model;
        addClassName("rop-page");
        H2 title = new H2(getTranslation("model.title"));
        Paragraph intro = new Paragraph(getTranslation("model.intro"));
        intro.addClassName("rop-lead");
        H2 typesTitle = new H2(getTranslation("model.section.types", model.types().size()));
        typesTitle.addClassName("rop-section-title");
        H2 dimensionsTitle = new H2(getTranslation("model.section.dimensions", model.dimensions().size()));
        dimensionsTitle.addClassName("rop-section-title");
        add(title, intro, typesTitle, types(), dimensionsTitle, dimensions());
    }

    private Div types() {
        Div cards = new Div();
        cards.addClassName("rop-type-grid");
        for (RopType type : model.types()) {
            H3 name = new H3(type.label());
            Paragraph summary = new Paragraph(type.summary());
            summary.addClassName("rop-type-summary");
            Div signature = new Div();
            signature.addClassName("rop-signature");
            type.signature().high().forEach(id -> signature.add(pole(id, true)));
            type.signature().low().forEach(id -> signature.add(pole(id, false)));
            VerticalLayout more = new VerticalLayout(new Paragraph(type.behaviour()),
                    section("model.type.strengths", type.strengths()),
                    section("model.type.risks", type.risks()),
                    section("model.type.checks", type.interviewChecks()),
                    section("model.type.development", type.developmentVectors()));
            more.setPadding(false);
            Details details = new Details(getTranslation("model.type.more"), more);
            Div card = new Div(name, summary, signature, details);
            card.addClassName("rop-type-card");
            card.setId("type-" + type.id().name());
            cards.add(card);
        }
        return cards;
    }

    private Badge pole(DimensionId id, boolean high) {
        Badge badge = new Badge((high ? "↑ " : "↓ ") + model.dimension(id).label());
        badge.addThemeVariants(high ? BadgeVariant.SUCCESS : BadgeVariant.WARNING, BadgeVariant.SMALL);
        badge.getElement().setAttribute("title", getTranslation(high ? "model.pole.high" : "model.pole.low"));
        return badge;
    }

    private Div section(String key, List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return new Div(new H4(getTranslation(key)), list);
    }

    private Div dimensions() {
        Div rows = new Div();
        rows.addClassName("rop-dimensions");
        for (Dimension dimension : model.dimensions()) {
            Span kind = new Span(getTranslation("model.kind." + dimension.kind().name()));
            kind.addClassName(dimension.kind() == DimensionKind.CAPABILITY ? "rop-kind-capability" : "rop-kind-style");
            H3 name = new H3(dimension.label());
            Div head = new Div(name, kind);
            head.addClassName("rop-dimension-head");
            Paragraph description = new Paragraph(dimension.description());
            Div low = pole("model.pole.low-label", dimension.lowPole(), "rop-pole-low");
            Div high = pole("model.pole.high-label", dimension.highPole(), "rop-pole-high");
            Div scale = new Div(low, high);
            scale.addClassName("rop-scale");
            Div row = new Div(head, description, scale);
            row.addClassName("rop-dimension");
            rows.add(row);
        }
        return rows;
    }

    private Div pole(String key, String text, String className) {
        Span label = new Span(getTranslation(key));
        label.addClassName("rop-pole-label");
        Div pole = new Div(label, new Paragraph(text));
        pole.addClassName(className);
        return pole;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("model.title");
    }
}
