package ru.rop.portal.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import ru.rop.portal.candidate.ErasureReason;
import ru.rop.portal.candidate.Source;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.cases.BusinessCase;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.AuditEvent;
import ru.rop.portal.documents.DocumentKind;
import ru.rop.portal.report.Recommendation;

/**
 * The log's details as sentences. The features write short machine-like details («stage NEW→INTERVIEW», «decision
 * STRONG_YES»); they are kept as written and put into words here, when they are read, so every line ever written —
 * older ones too — reads the same in the language of the reader, and the codes in them (stages, sources, cases) are
 * named as the rest of the product names them.
 */
@Component
public class AuditDetails {

    private static final String PREFIX = "audit.detail.";

    private final AppI18NProvider i18n;
    private final CaseLibrary library;
    private final List<Rule> rules = new ArrayList<>();

    AuditDetails(AppI18NProvider i18n, CaseLibrary library) {
        this.i18n = i18n;
        this.library = library;
        // One rule for each detail a feature writes; the feature and the wording are named side by side.
        rule(AuditEvent.Action.VIEW, "profile", "profile");
        rule(AuditEvent.Action.VIEW, "card", "card.view");
        rule(AuditEvent.Action.CHANGE, "card", "card.change");
        rule(AuditEvent.Action.VIEW, "candidate", "candidate");
        rule(null, "source -", "created.no-source");
        rule(null, "source (\\w+)", "created", (m, l) -> List.of(label(Source.class, m.group(1), l)));
        rule(null, "stage (\\w+)→(\\w+)", "stage", (m, l) -> List.of(stage(m.group(1), l), stage(m.group(2), l)));
        rule(null, "stage (\\w+)→(\\w+) automatic", "stage.automatic",
                (m, l) -> List.of(stage(m.group(1), l), stage(m.group(2), l)));
        rule(null, "resume uploaded (\\S+)", "resume.uploaded", (m, l) -> List.of(format(m.group(1), l)));
        rule(null, "resume (\\S+)", "resume.downloaded", (m, l) -> List.of(format(m.group(1), l)));
        rule(null, "candidates\\.csv (\\d+) rows", "candidates-csv", (m, l) -> List.of(m.group(1)));
        rule(null, "report\\.pdf", "report");
        rule(null, "comparison\\.pdf candidates ([\\d,]+)", "comparison",
                (m, l) -> List.of(m.group(1).replace(",", ", ")));
        rule(null, "reports\\.zip (\\d+) reports", "reports-zip", (m, l) -> List.of(m.group(1)));
        rule(null, "decision withdrawn", "decision.withdrawn");
        rule(null, "decision (\\w+)", "decision",
                (m, l) -> List.of(lowerFirst(label(Recommendation.class, m.group(1), l), l)));
        rule(null, "interview started", "interview.started");
        rule(null, "interview submitted", "interview.submitted");
        rule(null, "reason (\\w+)", "erased",
                (m, l) -> List.of(lowerFirst(label(ErasureReason.class, m.group(1), l), l)));
        rule(null, "case (\\w+) assigned (\\w+)", "case.assigned",
                (m, l) -> List.of(caseTitle(m.group(1), l), t("case.mode." + m.group(2), l)));
        rule(null, "case (\\w+) removed", "case.removed", (m, l) -> List.of(caseTitle(m.group(1), l)));
        rule(null, "case (\\w+) scored (\\w+)", "case.scored",
                (m, l) -> List.of(caseTitle(m.group(1), l), criterion(m.group(1), m.group(2), l)));
        rule(null, "invitation sent (\\d+) days", "invitation.sent", (m, l) -> List.of(m.group(1)));
        rule(null, "invitation resent", "invitation.resent");
        rule(null, "invitation extended (\\d+) days", "invitation.extended", (m, l) -> List.of(m.group(1)));
        rule(null, "invitation revoked", "invitation.revoked");
        for (String change : List.of("proposed", "rescheduled", "cancelled", "confirmed", "move-requested", "held")) {
            rule(null, "meeting (\\d+) " + change, "meeting." + change, (m, l) -> List.of(m.group(1)));
        }
        rule(null, "assessment consent (\\S+)", "consent", (m, l) -> List.of(m.group(1)));
        rule(null, "assessment submitted", "assessment.submitted");
        rule(null, "job description v(\\d+) saved", "document.saved", (m, l) -> List.of(m.group(1)));
        rule(null, "job description v(\\d+) restored from v(\\d+)", "document.restored",
                (m, l) -> List.of(m.group(1), m.group(2)));
        rule(null, "webhook created", "webhook.created");
        rule(null, "webhook deleted", "webhook.deleted");
        rule(null, "webhook resend (\\d+)", "webhook.resend", (m, l) -> List.of(m.group(1)));
        rule(null, "([\\w-]+)\\.(pdf|docx)", "document.exported",
                (m, l) -> List.of(document(m.group(1), l), m.group(2).toUpperCase(Locale.ROOT)));
    }

    /** The detail as a sentence in the reader's language; empty when the line has none. */
    public String describe(AuditEntry entry, Locale locale) {
        String detail = entry.detail();
        if (detail == null || detail.isBlank()) {
            return "";
        }
        for (Rule rule : rules) {
            if (rule.action() != null && rule.action() != entry.action()) {
                continue;
            }
            Matcher matcher = rule.pattern().matcher(detail);
            if (matcher.matches()) {
                return t(PREFIX + rule.key(), locale, rule.params().apply(matcher, locale).toArray());
            }
        }
        // A detail no rule knows (written by a newer feature) is shown as written rather than hidden.
        return t(PREFIX + "other", locale, detail);
    }

    private interface Params {
        List<Object> apply(Matcher matcher, Locale locale);
    }

    private record Rule(AuditEvent.Action action, Pattern pattern, String key, Params params) {
    }

    private void rule(AuditEvent.Action action, String regex, String key) {
        rule(action, regex, key, (m, l) -> List.of());
    }

    private void rule(AuditEvent.Action action, String regex, String key, Params params) {
        rules.add(new Rule(action, Pattern.compile(regex), key, params));
    }

    private String t(String key, Locale locale, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    private String stage(String name, Locale locale) {
        return label(Stage.class, name, locale);
    }

    /** The enum constant's own label; a constant since renamed keeps its name rather than break the line. */
    private <E extends Enum<E>> String label(Class<E> type, String name, Locale locale) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst()
                .map(e -> t(labelKey(e), locale)).orElse(name);
    }

    private static String labelKey(Enum<?> value) {
        return switch (value) {
            case Stage stage -> stage.labelKey();
            case Source source -> source.labelKey();
            case Recommendation recommendation -> recommendation.labelKey();
            case ErasureReason reason -> reason.labelKey();
            default -> throw new IllegalArgumentException(value.getClass().getName());
        };
    }

    private String caseTitle(String id, Locale locale) {
        return library.businessCase(id).map(BusinessCase::title).orElseGet(() -> t(PREFIX + "case.gone", locale));
    }

    private String criterion(String caseId, String criterionId, Locale locale) {
        return library.businessCase(caseId).flatMap(c -> c.criteria().stream()
                        .filter(criterion -> criterion.id().equals(criterionId)).findFirst())
                .map(BusinessCase.Criterion::label).orElseGet(() -> t(PREFIX + "criterion.gone", locale));
    }

    private String document(String fileName, Locale locale) {
        return Arrays.stream(DocumentKind.values()).filter(kind -> kind.fileName().equals(fileName)).findFirst()
                .map(kind -> t(kind.labelKey(), locale)).orElse(fileName);
    }

    /** The content types the résumé check lets through, by the names people know them by. */
    private String format(String contentType, Locale locale) {
        return switch (contentType) {
            case "application/pdf" -> "PDF";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
            default -> t(PREFIX + "format.other", locale);
        };
    }

    private static String lowerFirst(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(locale) + text.substring(1);
    }
}
