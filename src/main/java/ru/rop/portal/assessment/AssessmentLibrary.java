package ru.rop.portal.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import ru.rop.portal.classification.Evidence;
import ru.rop.portal.classification.EvidenceSource;
import ru.rop.portal.classification.Observation;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.content.ContentLoader;
import ru.rop.portal.common.content.TextTemplates;

/**
 * What a candidate can be asked — situational items, self-assessment statements, business cases — loaded from
 * templates/ and checked at start-up, with the translation of each answer into dimension evidence.
 */
@Service
public class AssessmentLibrary {

    private final List<SituationalItem> situationalItems;
    private final Map<String, SituationalItem> situationalItemsById = new LinkedHashMap<>();
    private final List<String> likertScale;
    private final List<SelfAssessmentStatement> statements;
    private final List<BusinessCase> cases;
    /** The e-mails of the assessment, compiled at start-up so a broken one is found before it is needed. */
    static final List<String> MAIL_TEMPLATES = List.of(InvitationMails.INVITATION_SUBJECT,
            InvitationMails.INVITATION, InvitationMails.COMPLETED_SUBJECT, InvitationMails.COMPLETED);

    private final AssessmentFlow flow;
    private final ConsentText consent;
    /** Every version of the consent by its version string, the current one included. */
    private final Map<String, ConsentText> consentVersions;

    public AssessmentLibrary(ContentLoader loader, RopModel model, TextTemplates templates) {
        this.situationalItems = List.copyOf(loader.load(SituationalContent.FILE, SituationalContent.class,
                (content, checks) -> content.check(checks, model)).items());
        situationalItems.forEach(item -> situationalItemsById.put(item.id(), item));
        SelfAssessmentContent selfAssessment = loader.load(SelfAssessmentContent.FILE, SelfAssessmentContent.class,
                SelfAssessmentContent::check);
        this.likertScale = List.copyOf(selfAssessment.scale());
        this.statements = List.copyOf(selfAssessment.statements());
        this.cases = List.copyOf(loader.load(CaseContent.FILE, CaseContent.class,
                (content, checks) -> content.check(checks, model)).cases());
        this.flow = loader.load(AssessmentFlow.FILE, AssessmentFlow.class, (content, checks) -> { });
        this.consent = loader.load(ConsentText.FILE, ConsentText.class, (content, checks) -> { });
        templates.checkText(ConsentText.FILE, consent.text());
        Map<String, ConsentText> versions = new LinkedHashMap<>();
        versions.put(consent.version(), consent);
        for (String version : consent.previousVersions()) {
            String file = ConsentText.previousFile(version);
            ConsentText previous = loader.load(file, ConsentText.class, (content, checks) -> {
                if (!content.version().equals(version)) {
                    checks.problem("version", "the file of version '" + version + "' says '"
                            + content.version() + "'");
                }
            });
            templates.checkText(file, previous.text());
            versions.put(version, previous);
        }
        this.consentVersions = Map.copyOf(versions);
        MAIL_TEMPLATES.forEach(templates::check);
    }

    AssessmentFlow flow() {
        return flow;
    }

    ConsentText consent() {
        return consent;
    }

    Optional<ConsentText> consent(String version) {
        return Optional.ofNullable(version == null ? null : consentVersions.get(version));
    }

    public List<SituationalItem> situationalItems() {
        return situationalItems;
    }

    public Optional<SituationalItem> situationalItem(String id) {
        return Optional.ofNullable(situationalItemsById.get(id));
    }

    Map<String, SituationalItem> situationalItemsById() {
        return situationalItemsById;
    }

    /** The five answer labels, from «completely disagree» (1) to «completely agree» (5). */
    public List<String> likertScale() {
        return likertScale;
    }

    public List<SelfAssessmentStatement> statements() {
        return statements;
    }

    public List<BusinessCase> cases() {
        return cases;
    }

    public Optional<BusinessCase> businessCase(String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<Observation> observations(SituationalItem item, SituationalItem.Option chosen) {
        return Evidence.fromEffects(chosen.effects(), EvidenceSource.SITUATIONAL, item.id() + "/" + chosen.id());
    }

    public Observation observation(SelfAssessmentStatement statement, int answer) {
        return Evidence.fromLikert(statement.dimension(), statement.reverse(), answer, statement.id());
    }

    public List<Observation> observations(BusinessCase businessCase, BusinessCase.Criterion criterion, int level) {
        return Evidence.fromScore(criterion.evidence(), level, EvidenceSource.CASE,
                businessCase.id() + "/" + criterion.id());
    }
}
