package ru.rop.portal.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import ru.rop.portal.analytics.Cockpit;
import ru.rop.portal.analytics.CockpitPeriod;
import ru.rop.portal.analytics.CockpitService;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.common.ui.SafeDownload;
import ru.rop.portal.vacancy.VacancySummary;

/** The cockpit of one vacancy at a time: the vacancy and the period chosen above, the numbers below. */
class CockpitSection extends Div {

    private final CockpitService service;
    private final Select<VacancySummary> vacancy = new Select<>();
    private final Select<CockpitPeriod> period = new Select<>();
    private final Div content = new Div();

    CockpitSection(CockpitService service, List<VacancySummary> vacancies) {
        this.service = service;
        addClassNames("rop-panel", "rop-cockpit");
        setId("cockpit");
        vacancy.setLabel(getTranslation("cockpit.vacancy"));
        vacancy.setItems(vacancies);
        vacancy.setItemLabelGenerator(VacancySummary::title);
        vacancy.setValue(vacancies.getFirst());
        vacancy.setId("cockpit-vacancy");
        period.setLabel(getTranslation("cockpit.period"));
        period.setItems(CockpitPeriod.values());
        period.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        period.setValue(CockpitPeriod.DAYS_90);
        period.setId("cockpit-period");
        Anchor export = new Anchor(SafeDownload.fromInputStream(download -> {
            byte[] csv = service.exportCsv(vacancy.getValue().id(), period.getValue());
            return new DownloadResponse(new ByteArrayInputStream(csv), "cockpit-" + vacancy.getValue().id() + ".csv",
                    "text/csv;charset=UTF-8", csv.length);
        }), getTranslation("cockpit.export"));
        export.getElement().setAttribute("download", true);
        export.setId("cockpit-export");
        HorizontalLayout controls = new HorizontalLayout(vacancy, period, export);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        vacancy.addValueChangeListener(e -> refresh());
        period.addValueChangeListener(e -> refresh());
        content.addClassName("rop-cockpit-content");
        add(new H3(getTranslation("cockpit.title")), controls, content);
        refresh();
    }

    private void refresh() {
        Cockpit cockpit = service.cockpit(vacancy.getValue().id(), period.getValue());
        content.removeAll();
        CockpitFigures figures = new CockpitFigures(this, getLocale());
        content.add(figures.tiles(cockpit));
        Div charts = new Div(figures.funnel(cockpit.funnel()), figures.stageDays(cockpit.funnel()),
                figures.sources(cockpit.funnel()), figures.invitations(cockpit.invitations()));
        charts.addClassName("rop-cockpit-figures");
        content.add(charts);
        Div lists = new Div(myInterviews(cockpit), waiting(cockpit));
        lists.addClassName("rop-cockpit-figures");
        content.add(lists);
    }

    private Component myInterviews(Cockpit cockpit) {
        Div block = new Div(new H3(getTranslation("cockpit.my-interviews", cockpit.myInterviews().size())));
        block.addClassName("rop-cockpit-figure");
        block.setId("cockpit-my-interviews");
        if (cockpit.myInterviews().isEmpty()) {
            block.add(muted(getTranslation("cockpit.my-interviews.none")));
            return block;
        }
        UnorderedList list = new UnorderedList();
        cockpit.myInterviews().forEach(i -> list.add(new ListItem(
                new Anchor(Routes.interview(i.interviewId()), i.candidateName()),
                muted(" · " + getTranslation("cockpit.my-interviews.scored", i.scored(), i.questions()) + " · "
                        + Formats.dateTime(i.startedAt(), getLocale())))));
        block.add(list);
        return block;
    }

    private Component waiting(Cockpit cockpit) {
        Div block = new Div(new H3(getTranslation("cockpit.waiting", cockpit.waitDays(), cockpit.waiting().size())));
        block.addClassName("rop-cockpit-figure");
        block.setId("cockpit-waiting");
        if (cockpit.waiting().isEmpty()) {
            block.add(muted(getTranslation("cockpit.waiting.none")));
            return block;
        }
        UnorderedList list = new UnorderedList();
        cockpit.waiting().stream().limit(SHOWN).forEach(w -> list.add(new ListItem(
                new Anchor(Routes.candidate(w.candidateId()), w.fullName()),
                muted(" · " + getTranslation(w.stage().labelKey()) + " · "
                        + getTranslation("cockpit.waiting.days", w.days())))));
        block.add(list);
        if (cockpit.waiting().size() > SHOWN) {
            block.add(muted(getTranslation("cockpit.waiting.more", cockpit.waiting().size() - SHOWN)));
        }
        return block;
    }

    static final int SHOWN = 10;

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("rop-muted");
        return span;
    }

    static Paragraph note(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("rop-muted");
        return paragraph;
    }
}
