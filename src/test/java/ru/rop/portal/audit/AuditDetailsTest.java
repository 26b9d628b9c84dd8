package ru.rop.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.rop.portal.candidate.ErasureReason;
import ru.rop.portal.candidate.Source;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.cases.BusinessCase;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.cases.CaseMode;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.AuditEvent.Action;
import ru.rop.portal.common.content.ContentLoader;
import ru.rop.portal.documents.DocumentKind;
import ru.rop.portal.report.Recommendation;

/** Every detail a feature writes into the log reads as a sentence, in Russian without a code left in it. */
class AuditDetailsTest {

    /**
     * File formats, names from the content (a case about CRM) and the product's own source label «Интеграция (API)»
     * are words a reader knows, not codes.
     */
    private static final Set<String> KNOWN_LATIN = Set.of("PDF", "DOCX", "CSV", "ZIP", "CRM", "SMART", "API");
    /** The company's own label of its consent text (templates/consent/consent.yaml), shown as written. */
    private static final String CONSENT_VERSION = "2026-11-v2";
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z_]*");

    private static AuditDetails details;
    private static CaseLibrary library;

    @BeforeAll
    static void details() throws IOException {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            ContentLoader loader = new ContentLoader("templates", factory.getValidator());
            library = new CaseLibrary(loader, new RopModel(loader));
        }
        details = new AuditDetails(new AppI18NProvider(), library);
    }

    private record Written(Action action, String detail, String writer) {
    }

    /** What each writer publishes, with every value its codes take. */
    private static List<Written> everythingWritten() {
        List<Written> all = new ArrayList<>();
        all.add(new Written(Action.VIEW, "profile", "ProfileService.profile"));
        all.add(new Written(Action.VIEW, "card", "CandidateService.details"));
        all.add(new Written(Action.CHANGE, "card", "CandidateService.update"));
        all.add(new Written(Action.VIEW, "candidate", "CandidateService.open"));
        all.add(new Written(Action.CREATE, "source -", "CandidateService.create"));
        for (Source source : Source.values()) {
            all.add(new Written(Action.CREATE, "source " + source.name(), "CandidateService.create"));
        }
        for (Stage from : Stage.values()) {
            for (Stage to : Stage.values()) {
                all.add(new Written(Action.CHANGE, "stage " + from + "→" + to, "CandidateService.moveTo"));
                all.add(new Written(Action.CHANGE, "stage " + from + "→" + to + " automatic", "StageAutomation"));
            }
        }
        for (String type : List.of("application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")) {
            all.add(new Written(Action.CHANGE, "resume uploaded " + type, "CandidateService.uploadResume"));
            all.add(new Written(Action.EXPORT, "resume " + type, "CandidateService.resume"));
        }
        all.add(new Written(Action.EXPORT, "candidates.csv 12 rows", "CandidateService.exportCsv"));
        all.add(new Written(Action.EXPORT, "report.pdf", "ReportService.candidateReport"));
        all.add(new Written(Action.EXPORT, "comparison.pdf candidates 3,7,12", "ReportService.comparisonReport"));
        all.add(new Written(Action.EXPORT, "reports.zip 5 reports", "ReportService.allReports"));
        for (Recommendation recommendation : Recommendation.values()) {
            all.add(new Written(Action.CHANGE, "decision " + recommendation.name(), "ProfileService.decide"));
        }
        all.add(new Written(Action.CHANGE, "decision withdrawn", "ProfileService.withdrawDecision"));
        all.add(new Written(Action.CHANGE, "interview started", "InterviewService.start"));
        all.add(new Written(Action.CHANGE, "interview submitted", "InterviewService.submit"));
        for (ErasureReason reason : ErasureReason.values()) {
            all.add(new Written(Action.ERASE, "reason " + reason.name(), "PersonalDataEraser"));
        }
        for (BusinessCase businessCase : library.cases()) {
            for (CaseMode mode : CaseMode.values()) {
                all.add(new Written(Action.CHANGE, "case " + businessCase.id() + " assigned " + mode.name(),
                        "CaseService.assign"));
            }
            all.add(new Written(Action.CHANGE, "case " + businessCase.id() + " removed", "CaseService.remove"));
            for (BusinessCase.Criterion criterion : businessCase.criteria()) {
                all.add(new Written(Action.CHANGE, "case " + businessCase.id() + " scored " + criterion.id(),
                        "CaseService.score"));
            }
        }
        all.add(new Written(Action.CHANGE, "invitation sent 7 days", "InvitationService.invite"));
        all.add(new Written(Action.CHANGE, "invitation resent", "InvitationService.resend"));
        all.add(new Written(Action.CHANGE, "invitation extended 14 days", "InvitationService.extend"));
        all.add(new Written(Action.CHANGE, "invitation revoked", "InvitationService.revoke"));
        all.add(new Written(Action.CHANGE, "assessment consent " + CONSENT_VERSION,
                "CandidateAssessmentService.consent"));
        all.add(new Written(Action.CHANGE, "assessment submitted", "CandidateAssessmentService.submit"));
        all.add(new Written(Action.CHANGE, "job description v3 saved", "JobDescriptionService.save"));
        all.add(new Written(Action.CHANGE, "job description v4 restored from v2", "JobDescriptionService.restore"));
        for (DocumentKind kind : DocumentKind.values()) {
            for (String extension : List.of("pdf", "docx")) {
                all.add(new Written(Action.EXPORT, kind.fileName() + "." + extension, "JobDescriptionService.file"));
            }
        }
        return all;
    }

    private static String describe(Written written, Locale locale) {
        return details.describe(new AuditEntry(1, Instant.now(), "hr@mail.test", "Анна", written.action(),
                ru.rop.portal.common.AuditEvent.Subject.CANDIDATE, 1, 1L, written.detail(), null), locale);
    }

    @Test
    void everyDetailReadsInRussianWithoutACode() {
        for (Written written : everythingWritten()) {
            String sentence = describe(written, AppI18NProvider.RUSSIAN);
            assertThat(sentence).as("%s: %s", written.writer(), written.detail())
                    .doesNotStartWith("Другое действие").doesNotContain("!audit.")
                    .matches("[А-ЯЁ].*[а-яё»)0-9].*");
            Matcher latin = LATIN.matcher(sentence.replace(CONSENT_VERSION, ""));
            while (latin.find()) {
                assertThat(KNOWN_LATIN).as("%s: «%s» in «%s»", written.writer(), latin.group(), sentence)
                        .contains(latin.group());
            }
        }
    }

    @Test
    void theSentencesNameWhatTheCodesMean() {
        assertThat(describe(new Written(Action.CHANGE, "decision STRONG_YES", ""), AppI18NProvider.RUSSIAN))
                .isEqualTo("Решение владельца: однозначно да");
        assertThat(describe(new Written(Action.CHANGE, "invitation sent 7 days", ""), AppI18NProvider.RUSSIAN))
                .isEqualTo("Отправлено приглашение на онлайн-оценку, срок действия ссылки, дней: 7");
        assertThat(describe(new Written(Action.CHANGE, "stage NEW→INTERVIEW", ""), AppI18NProvider.RUSSIAN))
                .isEqualTo("Этап изменён: «Новые» → «Интервью»");
        BusinessCase first = library.cases().getFirst();
        assertThat(describe(new Written(Action.CHANGE, "case " + first.id() + " scored "
                + first.criteria().getFirst().id(), ""), AppI18NProvider.RUSSIAN))
                .isEqualTo("Оценён критерий «" + first.criteria().getFirst().label() + "» кейса «" + first.title()
                        + "»");
        assertThat(describe(new Written(Action.VIEW, "card", ""), AppI18NProvider.RUSSIAN))
                .isEqualTo("Открыта карточка кандидата");
        assertThat(describe(new Written(Action.CHANGE, "card", ""), AppI18NProvider.RUSSIAN))
                .isEqualTo("Изменены данные в карточке кандидата");
    }

    @Test
    void anEnglishReaderReadsEnglish() {
        assertThat(describe(new Written(Action.CHANGE, "decision STRONG_YES", ""), Locale.ENGLISH))
                .startsWith("Owner's decision: ");
    }
}
