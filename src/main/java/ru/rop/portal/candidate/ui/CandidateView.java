package ru.rop.portal.candidate.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import ru.rop.portal.candidate.CandidateCardSection;
import ru.rop.portal.candidate.CandidateDetails;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.candidate.DuplicateCandidateException;
import ru.rop.portal.candidate.PersonalDataExport;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.candidate.StageHistoryEntry;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.UploadProperties;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.security.Roles;
import ru.rop.portal.vacancy.VacancyService;

/** The candidate card: contact data, stage with its history, résumé, and the same person in other vacancies. */
@Route("candidate")
@RolesAllowed(Roles.HR)
public class CandidateView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CandidateService candidates;
    private final UploadProperties uploads;
    private final PersonalDataExport personalData;
    private final VacancyService vacancies;
    private final List<CandidateCardSection> sections;
    private final CandidateFields fields = new CandidateFields();
    private final Div side = new Div();
    private final H2 title = new H2();
    private final Div problem = new Div();
    private long candidateId;

    public CandidateView(CandidateService candidates, PersonalDataExport personalData, VacancyService vacancies,
                         List<CandidateCardSection> sections, UploadProperties uploads) {
        this.candidates = candidates;
        this.uploads = uploads;
        this.personalData = personalData;
        this.vacancies = vacancies;
        this.sections = sections.stream().sorted(Comparator.comparingInt(CandidateCardSection::order)).toList();
        addClassName("rop-page");
        problem.addClassName("rop-form-error");
        problem.setId("candidate-problem");
        Button save = new Button(getTranslation("common.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-candidate");
        Div main = new Div(fields, problem, save);
        main.addClassName("rop-candidate-main");
        side.addClassName("rop-candidate-side");
        Div body = new Div(main, side);
        body.addClassName("rop-candidate-body");
        add(title, body);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        candidateId = id == null ? -1 : id;
        if (candidates.find(candidateId).isEmpty()) {
            throw new NotFoundException();
        }
        show(candidates.openAudited(candidateId));
    }

    /** After the card's own changes: shows them without counting another view. */
    private void load() {
        show(candidates.details(candidateId));
    }

    private void show(CandidateDetails details) {
        CandidateSummary candidate = details.candidate();
        title.setText(candidate.fullName());
        fields.read(candidates.form(candidateId));
        problem.removeAll();
        side.removeAll();
        side.add(stagePanel(candidate));
        sections.forEach(section -> side.add(section.create(candidate)));
        side.add(new ResumePanel(candidates, uploads, candidateId, details.resume(), this::load), historyPanel(details),
                personalDataPanel(candidate));
        if (!details.elsewhere().isEmpty()) {
            side.addComponentAsFirst(elsewherePanel(details));
        }
    }

    private Div stagePanel(CandidateSummary candidate) {
        String vacancyTitle = vacancies.find(candidate.vacancyId()).map(v -> v.title()).orElse("");
        Anchor vacancy = new Anchor(Routes.vacancy(candidate.vacancyId()), vacancyTitle);
        Badge stage = new Badge(getTranslation(candidate.stage().labelKey()));
        stage.addThemeVariants(candidate.stage() == Stage.REJECTED ? BadgeVariant.ERROR
                : candidate.stage() == Stage.HIRED ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
        stage.setId("current-stage");
        Div panel = new Div(new H3(getTranslation("candidate.stage")), new Paragraph(vacancy), stage);
        if (candidate.rejectionReason() != null) {
            panel.add(new Paragraph(getTranslation("candidate.rejection-reason", candidate.rejectionReason())));
        }
        if (candidate.stage() != Stage.HIRED) {
            Select<Stage> to = new Select<>();
            to.setLabel(getTranslation("candidate.move-to"));
            to.setItems(Arrays.stream(Stage.values()).filter(s -> s != candidate.stage()).toList());
            to.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
            to.setId("move-to");
            TextField reason = new TextField(getTranslation("pipeline.reject.reason"));
            reason.setMaxLength(500);
            reason.setVisible(false);
            reason.setId("move-reason");
            to.addValueChangeListener(e -> reason.setVisible(e.getValue() == Stage.REJECTED));
            Button move = new Button(getTranslation("candidate.move"), click -> {
                if (to.getValue() == null) {
                    return;
                }
                try {
                    candidates.moveTo(candidateId, to.getValue(), reason.getValue());
                    load();
                } catch (UserFacingException e) {
                    Notifications.refused(this, e);
                }
            });
            move.setId("move");
            HorizontalLayout row = new HorizontalLayout(to, move);
            row.setAlignItems(Alignment.BASELINE);
            panel.add(row, reason);
        }
        panel.addClassName("rop-panel");
        return panel;
    }

    private Div historyPanel(CandidateDetails details) {
        UnorderedList list = new UnorderedList();
        list.addClassName("rop-history");
        for (StageHistoryEntry entry : details.history().reversed()) {
            String text = entry.fromStage() == null
                    ? getTranslation("candidate.history.created", getTranslation(entry.toStage().labelKey()))
                    : getTranslation("candidate.history.moved", getTranslation(entry.fromStage().labelKey()),
                            getTranslation(entry.toStage().labelKey()));
            ListItem item = new ListItem(new Span(text));
            Span who = new Span(Formats.dateTime(entry.changedAt(), getLocale()) + " · " + entry.changedBy()
                    + (entry.reason() == null ? "" : " · " + entry.reason()));
            who.addClassName("rop-muted");
            item.add(new Div(who));
            list.add(item);
        }
        Div panel = new Div(new H3(getTranslation("candidate.history")), list);
        panel.addClassName("rop-panel");
        panel.setId("stage-history");
        return panel;
    }

    /** The person's rights on their data: a copy of everything held (152-ФЗ, art. 14), and erasure on request. */
    private Div personalDataPanel(CandidateSummary candidate) {
        Anchor export = new Anchor((DownloadEvent event) -> {
            byte[] file;
            try {
                file = personalData.export(candidateId);
            } catch (UserFacingException e) {
                event.getResponse().setStatus(409);
                event.getUI().access(() -> Notifications.refused(this, e));
                return;
            }
            event.setFileName(PersonalDataExport.fileName(candidateId));
            event.setContentType("application/json");
            event.setContentLength(file.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(file);
            }
        }, getTranslation("personal-data.export"));
        export.getElement().setAttribute("download", true);
        export.setId("personal-data-export");
        Paragraph exportHint = new Paragraph(getTranslation("personal-data.export.hint"));
        exportHint.addClassName("rop-muted");
        Button erase = new Button(getTranslation("personal-data.erase"), click -> confirmErase(candidate));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.setId("erase-candidate");
        Div panel = new Div(new H3(getTranslation("personal-data.title")), new Div(export), exportHint, erase);
        panel.addClassName("rop-panel");
        panel.setId("personal-data");
        return panel;
    }

    /** Says what goes and that it cannot be undone; a clear button instead of typing the name. */
    private void confirmErase(CandidateSummary candidate) {
        UnorderedList destroyed = new UnorderedList();
        for (String item : List.of("card", "resume", "history", "assessment", "interviews", "evaluation")) {
            destroyed.add(new ListItem(getTranslation("personal-data.erase.what." + item)));
        }
        Paragraph kept = new Paragraph(getTranslation("personal-data.erase.kept"));
        Paragraph irreversible = new Paragraph(getTranslation("personal-data.erase.irreversible"));
        irreversible.addClassName("rop-warning-text");
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("personal-data.erase.title", candidate.fullName()));
        confirm.setText(new Div(new Paragraph(getTranslation("personal-data.erase.lead")), destroyed, kept,
                irreversible));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("personal-data.erase.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                candidates.erase(candidate.id());
            } catch (UserFacingException ex) {
                Notifications.refused(this, ex);
                return;
            }
            getUI().ifPresent(ui -> ui.navigate(PipelineView.class, candidate.vacancyId()));
            Notifications.success(this, "personal-data.erased", candidate.fullName());
        });
        confirm.setId("erase-confirm");
        confirm.open();
    }

    private Div elsewherePanel(CandidateDetails details) {
        Div panel = new Div(new H3(getTranslation("candidate.elsewhere")));
        for (CandidateSummary other : details.elsewhere()) {
            String vacancyTitle = vacancies.find(other.vacancyId()).map(v -> v.title()).orElse("");
            panel.add(new Div(new Anchor(Routes.candidate(other.id()),
                    vacancyTitle + " — " + getTranslation(other.stage().labelKey()))));
        }
        panel.addClassNames("rop-panel", "rop-panel-warning");
        panel.setId("elsewhere");
        return panel;
    }

    private void save() {
        problem.removeAll();
        try {
            candidates.update(candidateId, fields.write());
            Notifications.success(this, "candidate.saved");
            load();
        } catch (DuplicateCandidateException e) {
            fields.showAtField(UserFacingException.forField(e.duplicatedField(), e.messageKey(), e.params()));
        } catch (UserFacingException e) {
            if (!fields.showAtField(e)) {
                problem.setText(getTranslation(e.messageKey(), e.params()));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return title.getText().isEmpty() ? getTranslation("candidate.title") : title.getText();
    }
}
