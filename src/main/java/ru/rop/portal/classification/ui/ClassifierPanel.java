package ru.rop.portal.classification.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.slider.DecimalSlider;
import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.rop.portal.classification.Classification;
import ru.rop.portal.classification.Dimension;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.DimensionScoring;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.classification.RopType;
import ru.rop.portal.common.chart.RadarChart;
import ru.rop.portal.common.chart.RadarSeries;

/**
 * «Try the classifier»: a slider per dimension, each switchable to «unknown», and the type, the match, the
 * explanation and the radar profile recomputed on every change.
 */
class ClassifierPanel extends Div {

    private static final Color PROFILE_COLOR = new Color(0x1F5FBF);

    private final RopModel model;
    private final Map<DimensionId, DecimalSlider> sliders = new EnumMap<>(DimensionId.class);
    private final Map<DimensionId, Checkbox> known = new EnumMap<>(DimensionId.class);
    private final Div result = new Div();
    private final Svg radar = new Svg();
    private final RadarChart chart;

    ClassifierPanel(RopModel model) {
        this.model = model;
        addClassName("rop-classifier");
        setId("classifier");
        chart = new RadarChart(model.dimensions().stream().map(Dimension::label).toList(), "SansSerif");

        Select<RopType> preset = new Select<>();
        preset.setLabel(getTranslation("classifier.preset"));
        preset.setItems(model.types());
        preset.setItemLabelGenerator(RopType::label);
        preset.setPlaceholder(getTranslation("classifier.preset.placeholder"));
        preset.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                load(event.getValue());
            }
        });
        preset.setId("classifier-preset");
        Button reset = new Button(getTranslation("classifier.reset"), click -> {
            preset.clear();
            sliders.keySet().forEach(id -> set(id, null));
            refresh();
        });
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div toolbar = new Div(preset, reset);
        toolbar.addClassName("rop-classifier-toolbar");

        Div controls = new Div();
        controls.addClassName("rop-classifier-sliders");
        for (Dimension dimension : model.dimensions()) {
            controls.add(row(dimension));
        }
        result.addClassName("rop-classifier-result");
        result.setId("classifier-result");
        radar.addClassName("rop-radar");
        radar.getElement().setAttribute("role", "img");
        radar.getElement().setAttribute("aria-label", getTranslation("classifier.radar"));
        Div output = new Div(result, radar);
        output.addClassName("rop-classifier-output");
        Div body = new Div(controls, output);
        body.addClassName("rop-classifier-body");
        Paragraph hint = new Paragraph(getTranslation("classifier.hint"));
        hint.addClassName("rop-muted");
        add(toolbar, hint, body);
        refresh();
    }

    private Div row(Dimension dimension) {
        Checkbox use = new Checkbox(dimension.label());
        use.setId("use-" + dimension.id().name());
        DecimalSlider slider = new DecimalSlider(1.0, 5.0);
        slider.setStep(0.25);
        slider.setValue(3.0);
        slider.setEnabled(false);
        slider.setAriaLabel(dimension.label());
        slider.setId("slider-" + dimension.id().name());
        slider.setWidthFull();
        Span value = new Span(getTranslation("classifier.unknown"));
        value.addClassName("rop-slider-value");
        value.setId("value-" + dimension.id().name());
        use.addValueChangeListener(event -> {
            slider.setEnabled(event.getValue());
            value.setText(event.getValue() ? format(slider.getValue()) : getTranslation("classifier.unknown"));
            if (event.isFromClient()) {
                refresh();
            }
        });
        slider.addValueChangeListener(event -> {
            value.setText(known.get(dimension.id()).getValue() ? format(event.getValue())
                    : getTranslation("classifier.unknown"));
            if (event.isFromClient()) {
                refresh();
            }
        });
        Span poles = new Span(dimension.lowLabel() + " ↔ " + dimension.highLabel());
        poles.addClassName("rop-slider-poles");
        sliders.put(dimension.id(), slider);
        known.put(dimension.id(), use);
        Div head = new Div(use, value);
        head.addClassName("rop-slider-head");
        Div row = new Div(head, slider, poles);
        row.addClassName("rop-slider-row");
        return row;
    }

    /** A type's signature as a profile: decisive dimensions at their poles, supporting ones mid-band. */
    private void load(RopType type) {
        sliders.keySet().forEach(id -> set(id, null));
        if (!type.example().isEmpty()) {
            type.example().forEach(this::set);
            refresh();
            return;
        }
        type.signature().high().forEach(id -> set(id, 4.75));
        type.signature().low().forEach(id -> set(id, 1.25));
        type.signature().supporting().forEach(band -> set(band.dimension(), (band.min() + band.max()) / 2));
        refresh();
    }

    void set(DimensionId id, Double value) {
        known.get(id).setValue(value != null);
        sliders.get(id).setEnabled(value != null);
        sliders.get(id).setValue(value == null ? 3.0 : value);
    }

    void refresh() {
        Map<DimensionId, Double> values = new EnumMap<>(DimensionId.class);
        sliders.forEach((id, slider) -> {
            if (known.get(id).getValue()) {
                values.put(id, slider.getValue());
            }
        });
        result.removeAll();
        List<Double> profile = new ArrayList<>();
        model.dimensions().forEach(d -> profile.add(values.get(d.id())));
        radar.setSvg(chart.toSvg(460, 400, List.of(new RadarSeries("profile", PROFILE_COLOR, profile))));
        if (values.isEmpty()) {
            result.add(new Paragraph(getTranslation("classifier.empty")));
            return;
        }
        show(model.classify(DimensionScoring.given(values)));
    }

    private void show(Classification classification) {
        H3 type = new H3(classification.best().label());
        type.setId("classifier-type");
        Badge clarity = new Badge(getTranslation(switch (classification.certainty()) {
            case CLEAR -> "classifier.clear";
            case PRELIMINARY -> "classifier.preliminary";
            case BLEND -> "classifier.blend";
        }));
        clarity.setId("classifier-certainty");
        clarity.addThemeVariants(classification.clear() ? BadgeVariant.SUCCESS : BadgeVariant.WARNING);
        Div head = new Div(type, clarity);
        head.addClassName("rop-classifier-head");
        Paragraph numbers = new Paragraph(getTranslation("classifier.numbers",
                percent(classification.best().match()), classification.runnerUp().label(),
                percent(classification.runnerUp().match()), percent(classification.confidence()),
                classification.knownDimensions()));
        numbers.setId("classifier-numbers");
        UnorderedList reasons = new UnorderedList();
        reasons.addClassName("rop-reasons");
        for (Classification.Reason reason : classification.explanation()) {
            String dimension = model.dimension(reason.dimension()).label();
            String text = reason.value() == null
                    ? getTranslation("classifier.reason.unknown", dimension, reason.text())
                    : getTranslation("classifier.reason", dimension, reason.value(), reason.text());
            ListItem item = new ListItem(text);
            item.addClassName("rop-reason-" + reason.effect().name().toLowerCase());
            item.getElement().setAttribute("title", getTranslation("classifier.effect." + reason.effect().name()));
            reasons.add(item);
        }
        Paragraph advice = new Paragraph(getTranslation("classifier.advice"));
        advice.addClassName("rop-muted");
        result.add(head, numbers, reasons, advice);
    }

    private String format(Double value) {
        return value == null ? "" : String.format(getLocale(), "%.2f", value);
    }

    private static long percent(double share) {
        return Math.round(share * 100);
    }
}
