package ru.rop.portal.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.rop.portal.classification.Classification;
import ru.rop.portal.classification.Dimension;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.chart.RadarChart;
import ru.rop.portal.common.chart.RadarSeries;
import ru.rop.portal.report.CandidateProfile;
import ru.rop.portal.report.ComparisonReportPdf;
import ru.rop.portal.report.ProfileService;
import ru.rop.portal.report.Recommendation;

/** Pieces the profile page and the comparison share, so one candidate reads the same in both. */
final class ProfileSections {

    static final List<Color> SERIES_COLORS = ComparisonReportPdf.SERIES_COLORS;

    private ProfileSections() {
    }

    static Badge recommendation(Recommendation recommendation, Component owner) {
        Badge badge = new Badge(owner.getTranslation(recommendation.labelKey()));
        badge.addThemeVariants(switch (recommendation) {
            case STRONG_YES, YES -> BadgeVariant.SUCCESS;
            case NO, STRONG_NO -> BadgeVariant.ERROR;
            case INSUFFICIENT -> BadgeVariant.CONTRAST;
        });
        badge.addClassName("rop-recommendation");
        return badge;
    }

    static Svg radar(RopModel model, List<CandidateProfile> profiles, int width, int height) {
        RadarChart chart = new RadarChart(model.dimensions().stream().map(Dimension::label).toList(), "SansSerif");
        List<RadarSeries> series = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            CandidateProfile profile = profiles.get(i);
            series.add(new RadarSeries(profile.fullName(), SERIES_COLORS.get(i % SERIES_COLORS.size()),
                    model.dimensions().stream().map(d -> profile.dimensions().get(d.id()).value()).toList()));
        }
        Svg svg = new Svg(chart.toSvg(width, height, series));
        svg.addClassName("rop-radar");
        return svg;
    }

    /** Said wherever a profile is summarised, so nobody mistakes a blinded profile for the panel's verdict. */
    static Span blindedNote(Component owner) {
        Span note = new Span(owner.getTranslation("profile.blinded.short"));
        note.addClassName("rop-chip-warning");
        return note;
    }

    /** In place of a conclusion a rater in progress may not see yet: the recommendation, the type, the flags. */
    static Paragraph blindedConclusions(Component owner) {
        Paragraph note = new Paragraph(owner.getTranslation("profile.blinded.conclusions"));
        note.addClassNames("rop-muted", "rop-blinded");
        return note;
    }

    /** The type line: label, match and whether it is clear or a blend with the runner-up. */
    static Component type(Classification classification, long knownDimensions,
                          Component owner) {
        Div block = new Div();
        block.addClassName("rop-type-line");
        if (classification == null) {
            Span none = new Span(owner.getTranslation("profile.type.unknown", knownDimensions,
                    DimensionId.values().length, ProfileService.MIN_KNOWN_DIMENSIONS));
            none.addClassName("rop-muted");
            block.add(none);
            return block;
        }
        Span label = new Span(classification.best().label());
        label.addClassName("rop-type-label");
        Span match = new Span(owner.getTranslation("profile.type.match", percent(classification.best().match())));
        match.addClassName("rop-muted");
        block.add(label, match);
        Span clarity = new Span(switch (classification.certainty()) {
            case CLEAR -> owner.getTranslation("profile.type.clear");
            case PRELIMINARY -> classification.knownDimensions() < Classification.CLEAR_MIN_KNOWN
                    ? owner.getTranslation("profile.type.preliminary.known", classification.knownDimensions(),
                            Classification.CLEAR_MIN_KNOWN)
                    : owner.getTranslation("profile.type.preliminary.unseen");
            case BLEND -> owner.getTranslation("profile.type.blend", classification.runnerUp().label(),
                    percent(classification.runnerUp().match()));
        });
        clarity.setId("profile-type-certainty");
        clarity.addClassName(classification.clear() ? "rop-chip" : "rop-chip-warning");
        block.add(new Div(clarity));
        return block;
    }

    static UnorderedList explanation(Classification classification) {
        UnorderedList list = new UnorderedList();
        list.addClassName("rop-explanation");
        classification.explanation().stream().filter(Classification.Reason::decisive).forEach(reason -> {
            ListItem item = new ListItem(reason.text());
            item.addClassName("rop-effect-" + reason.effect().name().toLowerCase(Locale.ROOT));
            list.add(item);
        });
        return list;
    }

    static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
