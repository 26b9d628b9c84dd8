package ru.rop.portal.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.rop.portal.assessment.OnlineEvidence;
import ru.rop.portal.cases.CaseEvidence;
import ru.rop.portal.classification.CompetencyScore;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.classification.RopRole;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.common.ui.SafeDownload;
import ru.rop.portal.interview.InterviewEvidence;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.report.CandidateProfile;
import ru.rop.portal.report.PlausibilityMessages;
import ru.rop.portal.report.ProfileService;
import ru.rop.portal.report.Recommendation;
import ru.rop.portal.report.RecommendationResult;
import ru.rop.portal.report.ReportService;
import ru.rop.portal.security.Roles;

/** Everything known about a candidate on one page, as advice to the person who decides. */
@Route("candidate/:candidateId/profile")
@RolesAllowed(Roles.HR)
public class CandidateProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProfileService profiles;
    private final ReportService reports;
    private final RopModel model;
    private final CurrentActor actor;
    private final H2 title = new H2();
    private long candidateId;

    public CandidateProfileView(ProfileService profiles, ReportService reports, RopModel model, CurrentActor actor) {
        this.profiles = profiles;
        this.reports = reports;
        this.model = model;
        this.actor = actor;
        addClassNames("rop-page", "rop-profile");
        setId("profile");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        candidateId = event.getRouteParameters().getLong("candidateId").orElse(-1L);
        try {
            render(profiles.openAudited(candidateId));
        } catch (UserFacingException e) {
            throw new NotFoundException();
        }
    }

    private void render(CandidateProfile profile) {
        removeAll();
        title.setText(getTranslation("profile.title", profile.fullName()));
        Paragraph sub = new Paragraph(new Anchor(Routes.candidate(profile.candidateId()),
                getTranslation("profile.card")), new Span(" · "), new Anchor(Routes.vacancy(profile.vacancyId()),
                profile.vacancyTitle()), new Span(" · " + getTranslation(profile.stage().labelKey())));
        sub.addClassName("rop-muted");
        Paragraph advice = new Paragraph(getTranslation("profile.advice"));
        advice.addClassName("rop-advice");
        Anchor report = new Anchor(SafeDownload.fromInputStream(request -> {
            byte[] pdf = reports.candidateReport(profile.candidateId());
            return new DownloadResponse(new ByteArrayInputStream(pdf), reports.fileName(profile.candidateId()),
                    "application/pdf", pdf.length);
        }), getTranslation("profile.report"));
        report.getElement().setAttribute("download", true);
        report.setId("profile-report");
        add(title, sub, profile.blinded() ? new Paragraph(getTranslation("profile.report.blinded"))
                : new Div(report), advice);
        if (profile.blinded()) {
            Paragraph blind = new Paragraph(getTranslation("profile.blinded"));
            blind.addClassName("rop-banner");
            blind.setId("profile-blinded");
            add(blind);
        }
        Div top = new Div(recommendationCard(profile), typeCard(profile));
        top.addClassName("rop-profile-top");
        Div middle = new Div(competencyCard(profile), radarCard(profile));
        middle.addClassName("rop-profile-middle");
        add(top, middle, flagsCard(profile), assessmentCard(profile), casesCard(profile), quotesCard(profile));
    }

    private Div card(String titleKey, String id) {
        Div card = new Div(new H3(getTranslation(titleKey)));
        card.addClassName("rop-panel");
        card.setId(id);
        return card;
    }

    private Div recommendationCard(CandidateProfile profile) {
        Div card = card("profile.recommendation", "profile-recommendation");
        if (profile.blinded()) {
            // Neither the rules' advice nor the owner's decision: the rater forms their own view first.
            card.add(ProfileSections.blindedConclusions(this));
            return card;
        }
        card.add(ProfileSections.recommendation(profile.effectiveRecommendation(), this));
        if (profile.decision() != null) {
            Paragraph by = new Paragraph(getTranslation("profile.decision.by", profile.decision().decidedBy(),
                    Formats.dateTime(profile.decision().decidedAt(), getLocale())));
            by.addClassName("rop-muted");
            Paragraph reason = new Paragraph(profile.decision().reason());
            reason.setId("decision-reason");
            Paragraph rules = new Paragraph(getTranslation("profile.decision.rules",
                    getTranslation(profile.recommendation().value().labelKey())));
            rules.addClassName("rop-muted");
            card.add(by, reason, rules);
        } else {
            card.add(reasons(profile.recommendation()));
        }
        if (actor.hasRole(Roles.OWNER)) {
            Button override = new Button(getTranslation("profile.decision.change"), e -> decide(profile));
            override.setId("override-recommendation");
            card.add(new Div(override));
            if (profile.decision() != null) {
                Button withdraw = new Button(getTranslation("profile.decision.withdraw"), e -> {
                    profiles.withdrawDecision(candidateId);
                    render(profiles.profile(candidateId));
                });
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                withdraw.setId("withdraw-decision");
                card.add(withdraw);
            }
        }
        return card;
    }

    private UnorderedList reasons(RecommendationResult result) {
        UnorderedList list = new UnorderedList();
        list.setId("recommendation-reasons");
        result.reasons().forEach(r -> list.add(new ListItem(getTranslation(r.key(), r.params().toArray()))));
        return list;
    }

    private void decide(CandidateProfile profile) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("profile.decision.title"));
        Select<Recommendation> choice = new Select<>();
        choice.setLabel(getTranslation("profile.decision.recommendation"));
        choice.setItems(Arrays.stream(Recommendation.values()).filter(r -> r != Recommendation.INSUFFICIENT)
                .toList());
        choice.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.labelKey()));
        choice.setId("decision-choice");
        if (profile.decision() != null) {
            choice.setValue(profile.decision().recommendation());
        }
        TextArea reason = new TextArea(getTranslation("profile.decision.reason"));
        reason.setMaxLength(ProfileService.MAX_REASON);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("profile.decision.reason.help"));
        reason.setId("decision-reason-field");
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                profiles.decide(candidateId, choice.getValue(), reason.getValue());
                dialog.close();
                render(profiles.profile(candidateId));
            } catch (UserFacingException ex) {
                if ("recommendation".equals(ex.field())) {
                    choice.setInvalid(true);
                    choice.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
                } else {
                    reason.setInvalid(true);
                    reason.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-decision");
        dialog.add(new Div(choice, reason));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(34rem, 95vw)");
        dialog.open();
    }

    private Div typeCard(CandidateProfile profile) {
        Div card = card("profile.type", "profile-type");
        if (profile.blinded()) {
            card.add(ProfileSections.blindedConclusions(this));
            return card;
        }
        card.add(ProfileSections.type(profile.classification(), profile.knownDimensions(), this));
        if (profile.classification() != null) {
            Paragraph confidence = new Paragraph(getTranslation("profile.type.confidence",
                    ProfileSections.percent(profile.classification().confidence()),
                    profile.classification().knownDimensions()));
            confidence.addClassName("rop-muted");
            card.add(confidence, ProfileSections.explanation(profile.classification()));
        }
        return card;
    }

    private Div competencyCard(CandidateProfile profile) {
        Div card = card("profile.competencies", "profile-competencies");
        Grid<CompetencyScore> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(CompetencyScore::label).setHeader(getTranslation("profile.competency")).setFlexGrow(3);
        grid.addColumn(c -> Formats.score(c.score(), getLocale())).setHeader(getTranslation("profile.score"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(CompetencyScore::evidenceCount).setHeader(getTranslation("profile.evidence"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(c -> Formats.score(c.spread(), getLocale())).setHeader(getTranslation("profile.spread"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        // Compared at the one decimal shown, as the panel does.
        grid.setPartNameGenerator(c -> c.spread() != null
                && Math.round(c.spread() * 10.0) / 10.0 >= InterviewService.DISAGREEMENT ? "rop-disagreement" : null);
        grid.setItems(profile.competencies());
        grid.setId("competency-grid");
        card.add(grid, roleBalance(profile));
        return card;
    }

    private Div roleBalance(CandidateProfile profile) {
        Div balance = new Div(new Span(getTranslation("profile.roles")));
        balance.addClassName("rop-role-balance");
        balance.setId("role-balance");
        for (RopRole role : model.roles()) {
            Double score = profile.roleBalance().scores().get(role.id());
            Div bar = new Div();
            bar.addClassName("rop-role-bar-fill");
            bar.getStyle().set("width", score == null ? "0" : (score / 5.0 * 100) + "%");
            Div track = new Div(bar);
            track.addClassName("rop-role-bar");
            Span value = new Span(Formats.score(score, getLocale()));
            Div row = new Div(new Span(role.label()), track, value);
            row.addClassName("rop-role-row");
            balance.add(row);
        }
        return balance;
    }

    private Div radarCard(CandidateProfile profile) {
        Div card = card("profile.dimensions", "profile-dimensions");
        card.add(ProfileSections.radar(model, List.of(profile), 460, 400));
        Paragraph note = new Paragraph(getTranslation("profile.dimensions.note", profile.knownDimensions(),
                profile.observations()));
        note.addClassName("rop-muted");
        card.add(note);
        return card;
    }

    private Div flagsCard(CandidateProfile profile) {
        Div card = card("profile.red-flags", "profile-red-flags");
        if (profile.blinded()) {
            card.add(ProfileSections.blindedConclusions(this));
            return card;
        }
        if (profile.redFlags().isEmpty()) {
            card.add(new Paragraph(getTranslation("profile.red-flags.none")));
            return card;
        }
        UnorderedList list = new UnorderedList();
        for (CandidateProfile.FlagEvidence flag : profile.redFlags()) {
            ListItem item = new ListItem(new Span(flag.flag().label()));
            item.addClassName("rop-flag-item");
            Paragraph description = new Paragraph(flag.flag().description());
            description.addClassName("rop-muted");
            UnorderedList sources = new UnorderedList();
            flag.sources().forEach(source -> sources.add(new ListItem(source.raterName() == null
                    ? getTranslation("profile.flag.source.online", source.questionId(), source.questionText())
                    : getTranslation("profile.flag.source", source.raterName(), source.questionId(),
                            source.questionText()))));
            item.add(description, sources);
            list.add(item);
        }
        card.add(list);
        return card;
    }

    private Div assessmentCard(CandidateProfile profile) {
        Div card = card("profile.assessment", "profile-assessment");
        card.add(new Paragraph(getTranslation("profile.assessment." + profile.assessmentStatus())));
        OnlineEvidence.Integrity integrity = profile.integrity();
        if (integrity == null) {
            return card;
        }
        UnorderedList signals = new UnorderedList();
        signals.setId("integrity-signals");
        for (OnlineEvidence.SectionTime section : integrity.sections()) {
            signals.add(new ListItem(getTranslation("profile.integrity.section." + section.section(),
                    Math.round(section.seconds() / 60.0), Math.round(section.budgetSeconds() / 60.0),
                    section.answered(), section.items())));
        }
        signals.add(new ListItem(getTranslation("profile.integrity.fast", integrity.fastAnswers())));
        PlausibilityMessages.of(integrity).forEach(message -> {
            ListItem doubt = new ListItem(getTranslation(message.key(), message.params().toArray()));
            doubt.addClassName("rop-integrity-doubt");
            signals.add(doubt);
        });
        signals.add(new ListItem(getTranslation("profile.integrity.tabs", integrity.tabSwitches())));
        integrity.pastes().forEach(paste -> signals.add(new ListItem(getTranslation("profile.integrity.paste",
                paste.caseTitle(), paste.pastedChars(), paste.answerChars()))));
        Paragraph note = new Paragraph(getTranslation("profile.integrity.note"));
        note.addClassName("rop-muted");
        card.add(signals, note);
        return card;
    }

    private Div casesCard(CandidateProfile profile) {
        Div card = card("profile.cases", "profile-cases");
        if (profile.cases().isEmpty()) {
            card.add(new Paragraph(getTranslation("profile.cases.none")));
            return card;
        }
        for (CaseEvidence.CaseResult result : profile.cases()) {
            UnorderedList criteria = new UnorderedList();
            for (CaseEvidence.CriterionResult criterion : result.criteria()) {
                ListItem item = new ListItem(new Span(criterion.label() + ": "
                        + Formats.score(criterion.meanLevel(), getLocale())));
                criterion.comments().stream().filter(c -> c.comment() != null).forEach(c -> {
                    Paragraph comment = new Paragraph(getTranslation("case.comment.quote", c.comment(),
                            c.raterName()));
                    comment.addClassName("rop-quote");
                    item.add(comment);
                });
                criteria.add(item);
            }
            card.add(new Details(result.title() + " (" + getTranslation("case.mode." + result.mode()) + ")",
                    criteria));
        }
        return card;
    }

    private Div quotesCard(CandidateProfile profile) {
        Div card = card("profile.quotes", "profile-quotes");
        if (profile.blinded()) {
            card.add(ProfileSections.blindedConclusions(this));
            return card;
        }
        if (profile.quotes().isEmpty()) {
            card.add(new Paragraph(getTranslation(profile.raters().isEmpty() ? "profile.quotes.no-interview"
                    : "profile.quotes.none")));
            return card;
        }
        Map<String, List<InterviewEvidence.Quote>> byCompetency = profile.quotes().stream()
                .collect(Collectors.groupingBy(InterviewEvidence.Quote::competencyId,
                        LinkedHashMap::new, Collectors.toList()));
        for (CompetencyScore competency : profile.competencies()) {
            List<InterviewEvidence.Quote> quotes = byCompetency.get(competency.competencyId());
            if (quotes == null) {
                continue;
            }
            Div list = new Div();
            for (InterviewEvidence.Quote quote : quotes) {
                Paragraph text = new Paragraph("«" + quote.text() + "»");
                text.addClassName("rop-quote");
                Span source = new Span(getTranslation("profile.quote.source", quote.raterName(), quote.score(),
                        quote.questionText()));
                source.addClassName("rop-muted");
                list.add(text, source);
            }
            card.add(new Details(competency.label() + " · " + quotes.size(), list));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return title.getText().isEmpty() ? getTranslation("profile.page") : title.getText();
    }
}
