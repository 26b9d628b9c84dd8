package ru.rop.portal.classification.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
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
import java.util.Map;
import ru.rop.portal.classification.Competency;
import ru.rop.portal.classification.Dimension;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.DimensionKind;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.classification.RopRole;
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
        Div sections = new Div(sectionLink("types"), sectionLink("competencies"), sectionLink("dimensions"),
                sectionLink("classifier"));
        sections.addClassName("rop-section-links");
        add(title, intro, sections,
                sectionTitle("types"), types(),
                sectionTitle("competencies"), competencies(),
                sectionTitle("dimensions"), dimensions(),
                sectionTitle("classifier"), new ClassifierPanel(model));
    }

    private Anchor sectionLink(String section) {
        Anchor link = new Anchor("model#section-" + section, getTranslation("model.section." + section));
        link.setRouterIgnore(true);
        return link;
    }

    private H2 sectionTitle(String section) {
        H2 title = new H2(getTranslation("model.section." + section));
        title.addClassName("rop-section-title");
        title.setId("section-" + section);
        return title;
    }

    private Div competencies() {
        Div cards = new Div();
        cards.addClassName("rop-competencies");
        for (Competency competency : model.competencies()) {
            H3 name = new H3(competency.label());
            Div roles = new Div();
            roles.addClassName("rop-signature");
            competency.roles().forEach(role -> {
                Badge badge = new Badge(model.roles().stream().filter(r -> r.id() == role).findFirst()
                        .map(RopRole::label).orElse(role.name()));
                badge.addThemeVariants(BadgeVariant.SMALL);
                roles.add(badge);
            });
            Paragraph description = new Paragraph(competency.description());
            UnorderedList scale = new UnorderedList();
            scale.addClassName("rop-scale-levels");
            competency.levels().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(level -> {
                Span score = new Span(String.valueOf(level.getKey()));
                score.addClassName("rop-level-score");
                scale.add(new ListItem(score, new Span(level.getValue())));
            });
            Paragraph evidence = new Paragraph(getTranslation("model.competency.dimensions",
                    String.join(", ", competency.dimensions().stream().map(d -> model.dimension(d).label()).toList())));
            evidence.addClassName("rop-muted");
            Details details = new Details(getTranslation("model.competency.scale"), scale);
            Div card = new Div(name, roles, description, details, evidence);
            card.addClassName("rop-type-card");
            card.setId("competency-" + competency.id());
            cards.add(card);
        }
        return cards;
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
