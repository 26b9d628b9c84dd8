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
 * What a candidate is asked online — situational items and forced-choice self-assessment blocks (the cases come from
 * {@link ru.rop.portal.cases.CaseLibrary}) — loaded from templates/ and checked at start-up, with the translation of
 * each answer into dimension evidence.
 */
@Service
public class AssessmentLibrary {

    private final List<SituationalItem> situationalItems;
    private final Map<String, SituationalItem> situationalItemsById = new LinkedHashMap<>();
    private final String selfAssessmentInstructions;
    private final List<SelfAssessmentBlock> blocks;
    /** The e-mails of the assessment, compiled at start-up so a broken one is found before it is needed. */
    static final List<String> MAIL_TEMPLATES = List.of(InvitationMails.INVITATION_SUBJECT,
            InvitationMails.INVITATION, InvitationMails.COMPLETED_SUBJECT, InvitationMails.COMPLETED);

    private final AssessmentFlow flow;

    public AssessmentLibrary(ContentLoader loader, RopModel model, TextTemplates templates) {
        this.situationalItems = List.copyOf(loader.load(SituationalContent.FILE, SituationalContent.class,
                (content, checks) -> content.check(checks, model)).items());
        situationalItems.forEach(item -> situationalItemsById.put(item.id(), item));
        SelfAssessmentContent selfAssessment = loader.load(SelfAssessmentContent.FILE, SelfAssessmentContent.class,
                SelfAssessmentContent::check);
        this.selfAssessmentInstructions = selfAssessment.instructions();
        this.blocks = List.copyOf(selfAssessment.blocks());
        this.flow = loader.load(AssessmentFlow.FILE, AssessmentFlow.class, (content, checks) -> { });
        MAIL_TEMPLATES.forEach(templates::check);
    }

    AssessmentFlow flow() {
        return flow;
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

    /** What the candidate is asked to do in every forced-choice block. */
    public String selfAssessmentInstructions() {
        return selfAssessmentInstructions;
    }

    /** The self-assessment's forced-choice blocks, FC01, FC02, … in the content's order. */
    public List<SelfAssessmentBlock> blocks() {
        return blocks;
    }

    public Optional<SelfAssessmentBlock> block(String id) {
        return blocks.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public List<Observation> observations(SituationalItem item, SituationalItem.Option chosen) {
        return Evidence.fromEffects(chosen.effects(), EvidenceSource.SITUATIONAL, item.id() + "/" + chosen.id());
    }

    /**
     * The one scoring rule of a forced-choice block (ipsative). The statement marked «most like me» says its pole
     * strongly: 4.5 on its dimension for a HIGH statement, 1.5 for a LOW one. The statement marked «least like me»
     * says the opposite mildly: 2.0 for a HIGH statement, 4.0 for a LOW one. The statement left unmarked says
     * nothing. Each observation weighs {@link EvidenceSource#SELF_ASSESSMENT}'s weight and refers to
     * {@code blockId/statementId}. A block counts only when both marks are made and differ; anything else
     * (a half-answered block, ids not in the block) gives no evidence.
     *
     * @param most the id of the statement marked most like the candidate
     * @param least the id of the statement marked least like the candidate
     */
    public List<Observation> observations(SelfAssessmentBlock block, String most, String least) {
        if (most == null || least == null || most.equals(least)) {
            return List.of();
        }
        Optional<SelfAssessmentStatement> mostLike = block.statement(most);
        Optional<SelfAssessmentStatement> leastLike = block.statement(least);
        if (mostLike.isEmpty() || leastLike.isEmpty()) {
            return List.of();
        }
        double weight = EvidenceSource.SELF_ASSESSMENT.weight();
        SelfAssessmentStatement m = mostLike.get();
        SelfAssessmentStatement l = leastLike.get();
        return List.of(
                new Observation(m.dimension(), m.pole() == SelfAssessmentStatement.Pole.HIGH ? 4.5 : 1.5, weight,
                        EvidenceSource.SELF_ASSESSMENT, block.id() + "/" + m.id()),
                new Observation(l.dimension(), l.pole() == SelfAssessmentStatement.Pole.HIGH ? 2.0 : 4.0, weight,
                        EvidenceSource.SELF_ASSESSMENT, block.id() + "/" + l.id()));
    }
}
