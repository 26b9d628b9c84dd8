package ru.rop.portal.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.rop.portal.analytics.Cockpit;
import ru.rop.portal.analytics.FunnelReport;
import ru.rop.portal.assessment.InvitationActivity;
import ru.rop.portal.common.chart.BarChart;
import ru.rop.portal.common.ui.Formats;

/**
 * The cockpit's figures: each chart drawn on the server as SVG (like the radar) with the same numbers as a table
 * under a toggle, so a screen reader or a person who wants the exact figures gets them.
 */
final class CockpitFigures {

    static final int WIDTH = 460;
    private static final Color FUNNEL = new Color(0x2F6FDE);
    private static final Color DAYS = new Color(0xD9822B);
    private static final Color INVITATIONS = new Color(0x2E9E6A);

    private final Component owner;
    private final Locale locale;

    CockpitFigures(Component owner, Locale locale) {
        this.owner = owner;
        this.locale = locale;
    }

    Component tiles(Cockpit cockpit) {
        Div tiles = new Div(
                tile("cockpit.tile.candidates", String.valueOf(cockpit.funnel().candidates())),
                tile("cockpit.tile.to-offer", days(cockpit.funnel().medianDaysToOffer())),
                tile("cockpit.tile.offers", String.valueOf(cockpit.funnel().offers())),
                tile("cockpit.tile.my-interviews", String.valueOf(cockpit.myInterviews().size())),
                tile("cockpit.tile.waiting", String.valueOf(cockpit.waiting().size())));
        tiles.addClassName("rop-cockpit-tiles");
        tiles.setId("cockpit-tiles");
        return tiles;
    }

    private Div tile(String key, String value) {
        Span number = new Span(value);
        number.addClassName("rop-cockpit-number");
        Span label = new Span(t(key));
        label.addClassName("rop-muted");
        Div tile = new Div(number, label);
        tile.addClassName("rop-cockpit-tile");
        return tile;
    }

    Component funnel(FunnelReport funnel) {
        List<BarChart.Bar> bars = funnel.stages().stream().map(row -> new BarChart.Bar(t(row.stage().labelKey()),
                row.reached(), row.reached() + (row.conversion() == null ? "" : " → " + percent(row.conversion()))))
                .toList();
        NativeTable table = table("cockpit.funnel.title", "cockpit.col.stage", "cockpit.col.reached",
                "cockpit.col.current", "cockpit.col.conversion");
        funnel.stages().forEach(row -> row(table, t(row.stage().labelKey()), String.valueOf(row.reached()),
                String.valueOf(row.current()), row.conversion() == null ? "—" : percent(row.conversion())));
        return figure("cockpit-funnel", "cockpit.funnel.title", "cockpit.funnel.note", FUNNEL, bars, table);
    }

    Component stageDays(FunnelReport funnel) {
        List<FunnelReport.StageRow> timed = funnel.stages().stream().filter(r -> r.medianDays() != null).toList();
        List<BarChart.Bar> bars = timed.stream().map(row -> new BarChart.Bar(t(row.stage().labelKey()),
                row.medianDays(), days(row.medianDays()))).toList();
        NativeTable table = table("cockpit.days.title", "cockpit.col.stage", "cockpit.col.median-days",
                "cockpit.col.timed");
        timed.forEach(row -> row(table, t(row.stage().labelKey()), days(row.medianDays()),
                String.valueOf(row.timed())));
        row(table, t("cockpit.days.to-offer"), days(funnel.medianDaysToOffer()), String.valueOf(funnel.offers()));
        return figure("cockpit-days", "cockpit.days.title", "cockpit.days.note", DAYS, bars, table);
    }

    Component sources(FunnelReport funnel) {
        List<BarChart.Bar> bars = funnel.sources().stream().map(row -> new BarChart.Bar(
                t(row.source().labelKey()), row.interviews(),
                t("cockpit.sources.bar", row.interviews(), row.offers()))).toList();
        NativeTable table = table("cockpit.sources.title", "cockpit.col.source", "cockpit.col.candidates",
                "cockpit.col.interviews", "cockpit.col.offers");
        funnel.sources().forEach(row -> row(table, t(row.source().labelKey()), String.valueOf(row.candidates()),
                String.valueOf(row.interviews()), String.valueOf(row.offers())));
        return figure("cockpit-sources", "cockpit.sources.title", "cockpit.sources.note", FUNNEL, bars, table);
    }

    Component invitations(InvitationActivity activity) {
        List<String> labels = List.of(t("cockpit.invitations.sent"), t("cockpit.invitations.opened"),
                t("cockpit.invitations.completed"));
        List<Integer> values = List.of(activity.sent(), activity.opened(), activity.completed());
        List<BarChart.Bar> bars = new ArrayList<>();
        NativeTable table = table("cockpit.invitations.title", "cockpit.col.invitations", "cockpit.col.count");
        for (int i = 0; i < labels.size(); i++) {
            bars.add(new BarChart.Bar(labels.get(i), values.get(i), String.valueOf(values.get(i))));
            row(table, labels.get(i), String.valueOf(values.get(i)));
        }
        return figure("cockpit-invitations", "cockpit.invitations.title", "cockpit.invitations.note", INVITATIONS,
                bars, table);
    }

    /** A titled chart with its explanation, and its table under a toggle. */
    private Component figure(String id, String titleKey, String noteKey, Color color, List<BarChart.Bar> bars,
                             NativeTable table) {
        Div figure = new Div(new H3(t(titleKey)));
        figure.addClassName("rop-cockpit-figure");
        figure.setId(id);
        if (bars.isEmpty() || bars.stream().allMatch(b -> b.value() == 0)) {
            figure.add(CockpitSection.note(t("cockpit.no-data")));
        } else {
            Svg chart = new Svg(new BarChart("SansSerif", color).toSvg(WIDTH, bars));
            chart.addClassName("rop-bar-chart");
            // The table below carries the numbers for assistive technology; the picture repeats them.
            chart.getElement().setAttribute("aria-hidden", "true");
            figure.add(chart);
        }
        figure.add(CockpitSection.note(t(noteKey)));
        Details numbers = new Details(t("cockpit.as-table"), table);
        numbers.addClassName("rop-cockpit-table");
        figure.add(numbers);
        return figure;
    }

    private NativeTable table(String captionKey, String... headerKeys) {
        NativeTable table = new NativeTable();
        table.setCaptionText(t(captionKey));
        NativeTableRow head = new NativeTableRow();
        for (String key : headerKeys) {
            head.addHeaderCell().setText(t(key));
        }
        table.getHead().add(head);
        return table;
    }

    private static void row(NativeTable table, String... cells) {
        NativeTableRow row = new NativeTableRow();
        row.addHeaderCell().setText(cells[0]);
        for (int i = 1; i < cells.length; i++) {
            row.addDataCell().setText(cells[i]);
        }
        table.getBody().add(row);
    }

    private String days(Double value) {
        return value == null ? "—" : t("cockpit.days.value", Formats.score(value, locale));
    }

    private String percent(double share) {
        return String.format(locale, "%.0f %%", share * 100);
    }

    private String t(String key, Object... params) {
        return owner.getTranslation(key, params);
    }
}
