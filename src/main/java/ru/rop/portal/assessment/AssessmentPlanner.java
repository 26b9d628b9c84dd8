package ru.rop.portal.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.rop.portal.cases.CandidateCases;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.cases.WrittenCase;

/**
 * Lays out a candidate's assessment: the situational items and their options, and the self-assessment's
 * forced-choice blocks and their statements, each in an order drawn from the invitation's seed (every candidate
 * gets their own, and keeps it on every device; nothing about the order is stored, it is drawn again); then the
 * written cases the owner assigned.
 */
@Component
class AssessmentPlanner {

    private final AssessmentLibrary library;
    private final CaseLibrary cases;
    private final AssessmentAnswerRepository answers;
    private final CandidateCases candidateCases;

    AssessmentPlanner(AssessmentLibrary library, CaseLibrary cases, AssessmentAnswerRepository answers,
                      CandidateCases candidateCases) {
        this.library = library;
        this.cases = cases;
        this.answers = answers;
        this.candidateCases = candidateCases;
    }

    /** The items in this candidate's order: ids of the item and of its options or statements as shown. */
    private record Shown<T>(T item, List<String> order) {
    }

    private record Layout(List<Shown<SituationalItem>> situational, List<Shown<SelfAssessmentBlock>> blocks) {
    }

    /** The one place the seed is drawn from: the plan and the displayed order always agree. */
    private Layout layout(Invitation invitation) {
        Random random = new Random(invitation.getSeed());
        List<SituationalItem> items = new ArrayList<>(library.situationalItems());
        Collections.shuffle(items, random);
        List<Shown<SituationalItem>> situational = new ArrayList<>();
        for (SituationalItem item : items) {
            List<String> options = new ArrayList<>(item.options().stream().map(SituationalItem.Option::id).toList());
            Collections.shuffle(options, random);
            situational.add(new Shown<>(item, List.copyOf(options)));
        }
        List<SelfAssessmentBlock> blocks = new ArrayList<>(library.blocks());
        Collections.shuffle(blocks, random);
        List<Shown<SelfAssessmentBlock>> shownBlocks = new ArrayList<>();
        for (SelfAssessmentBlock block : blocks) {
            List<String> statements = new ArrayList<>(block.statements().stream()
                    .map(SelfAssessmentStatement::id).toList());
            Collections.shuffle(statements, random);
            shownBlocks.add(new Shown<>(block, List.copyOf(statements)));
        }
        return new Layout(situational, shownBlocks);
    }

    /**
     * The order this invitation shows the situational options and the block statements in, as the candidate saw
     * it on every device: for integrity checks that need the displayed position of a choice.
     */
    DisplayedOrder displayedOrder(Invitation invitation) {
        Layout layout = layout(invitation);
        Map<String, List<String>> situational = new LinkedHashMap<>();
        layout.situational().forEach(shown -> situational.put(shown.item().id(), shown.order()));
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        layout.blocks().forEach(shown -> blocks.put(shown.item().id(), shown.order()));
        return new DisplayedOrder(Collections.unmodifiableMap(situational), Collections.unmodifiableMap(blocks));
    }

    List<AssessmentPlan.Section> sections(Invitation invitation) {
        // Values, not entities: the plan is drawn inside the answering transaction, whose commit then checks
        // only what the step changed.
        Map<String, GivenAnswer> given = answers.given(invitation.getId()).stream()
                .collect(Collectors.toMap(a -> a.itemKind() + "/" + a.itemId(), Function.identity()));
        Layout layout = layout(invitation);
        AssessmentFlow flow = library.flow();

        List<AssessmentPlan.Item> situationalItems = new ArrayList<>();
        for (Shown<SituationalItem> shown : layout.situational()) {
            SituationalItem item = shown.item();
            List<AssessmentPlan.Option> options = shown.order().stream().map(id -> item.options().stream()
                    .filter(o -> o.id().equals(id)).findFirst().orElseThrow())
                    .map(o -> new AssessmentPlan.Option(o.id(), o.text())).toList();
            GivenAnswer answer = given.get(AssessmentSection.SITUATIONAL + "/" + item.id());
            situationalItems.add(new AssessmentPlan.Item(AssessmentSection.SITUATIONAL, item.id(), null,
                    item.scenario(), options, 0, answer == null ? null : answer.choice(), null));
        }

        List<AssessmentPlan.Item> selfItems = new ArrayList<>();
        int statements = 0;
        for (Shown<SelfAssessmentBlock> shown : layout.blocks()) {
            SelfAssessmentBlock block = shown.item();
            List<AssessmentPlan.Option> options = shown.order().stream()
                    .map(id -> new AssessmentPlan.Option(id, block.statement(id).orElseThrow().text())).toList();
            statements += options.size();
            GivenAnswer answer = given.get(AssessmentSection.SELF + "/" + block.id());
            selfItems.add(new AssessmentPlan.Item(AssessmentSection.SELF, block.id(), null,
                    library.selfAssessmentInstructions(), options, 0, answer == null ? null : answer.choice(),
                    answer == null ? null : answer.leastChoice()));
        }

        List<AssessmentPlan.Item> caseItems = new ArrayList<>();
        for (WrittenCase written : candidateCases.written(invitation.getCandidateId())) {
            cases.businessCase(written.caseId()).ifPresent(c -> caseItems.add(new AssessmentPlan.Item(
                    AssessmentSection.CASES, c.id(), c.title(), c.task(), List.of(), c.minutes(),
                    written.answer(), null)));
        }

        List<AssessmentPlan.Section> sections = new ArrayList<>();
        sections.add(new AssessmentPlan.Section(AssessmentSection.SITUATIONAL,
                situationalItems.size() * flow.situationalSecondsPerItem(),
                invitation.sectionStart(AssessmentSection.SITUATIONAL), List.copyOf(situationalItems)));
        sections.add(new AssessmentPlan.Section(AssessmentSection.SELF,
                statements * flow.selfSecondsPerStatement(), invitation.sectionStart(AssessmentSection.SELF),
                List.copyOf(selfItems)));
        if (!caseItems.isEmpty()) {
            sections.add(new AssessmentPlan.Section(AssessmentSection.CASES,
                    caseItems.stream().mapToInt(AssessmentPlan.Item::minutes).sum() * 60,
                    invitation.sectionStart(AssessmentSection.CASES), List.copyOf(caseItems)));
        }
        return List.copyOf(sections);
    }
}
