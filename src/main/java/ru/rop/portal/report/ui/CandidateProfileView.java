package ru.rop.portal.report.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.rop.portal.assessment.OnlineEvidence;
import ru.rop.portal.cases.CaseEvidence;
import ru.rop.portal.classification.CompetencyScore;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.common.ui.SafeDownload;
import ru.rop.portal.interview.InterviewEvidence;
import ru.rop.portal.report.CandidateProfile;
import ru.rop.portal.report.PlausibilityMessages;
import ru.rop.portal.report.ProfileService;
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
        Div top = new Div(new RecommendationPanel(profile, actor.hasRole(Roles.OWNER),
                () -> new DecisionDialog(profiles, candidateId, profile.decision(),
                        () -> render(profiles.profile(candidateId))).open(),
                () -> {
                    profiles.withdrawDecision(candidateId);
                    render(profiles.profile(candidateId));
                }), typeCard(profile));
        top.addClassName("rop-profile-top");
        Div middle = new Div(new CompetencyPanel(profile, model.roles()), radarCard(profile));
        middle.addClassName("rop-profile-middle");
        add(top, middle, flagsCard(profile), assessmentCard(profile), casesCard(profile), quotesCard(profile));
    }

    private Div typeCard(CandidateProfile profile) {
        Div card = new ProfilePanel("profile.type", "profile-type");
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

    private Div radarCard(CandidateProfile profile) {
        Div card = new ProfilePanel("profile.dimensions", "profile-dimensions");
        card.add(ProfileSections.radar(model, List.of(profile), 460, 400));
        Paragraph note = new Paragraph(getTranslation("profile.dimensions.note", profile.knownDimensions(),
                profile.observations()));
        note.addClassName("rop-muted");
        card.add(note);
        return card;
    }

    private Div flagsCard(CandidateProfile profile) {
        Div card = new ProfilePanel("profile.red-flags", "profile-red-flags");
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
        Div card = new ProfilePanel("profile.assessment", "profile-assessment");
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
        Div card = new ProfilePanel("profile.cases", "profile-cases");
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
        Div card = new ProfilePanel("profile.quotes", "profile-quotes");
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
