package ru.rop.portal.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Lays out a candidate's assessment: the situational items and their options, and the self-assessment statements,
 * each in an order drawn from the invitation's seed (every candidate gets their own, and keeps it on every
 * device); then the written cases the owner assigned.
 */
@Component
class AssessmentPlanner {

    private final AssessmentLibrary library;
    private final AssessmentAnswerRepository answers;
    private final CaseAssignmentRepository assignments;

    AssessmentPlanner(AssessmentLibrary library, AssessmentAnswerRepository answers,
                      CaseAssignmentRepository assignments) {
        this.library = library;
        this.answers = answers;
        this.assignments = assignments;
    }

    List<AssessmentPlan.Section> sections(Invitation invitation) {
        Map<String, AssessmentAnswer> given = answers.findByInvitationId(invitation.getId()).stream()
                .collect(Collectors.toMap(a -> a.getItemKind() + "/" + a.getItemId(), Function.identity()));
        Random random = new Random(invitation.getSeed());
        AssessmentFlow flow = library.flow();

        List<SituationalItem> situational = new ArrayList<>(library.situationalItems());
        Collections.shuffle(situational, random);
        List<AssessmentPlan.Item> situationalItems = new ArrayList<>();
        for (SituationalItem item : situational) {
            List<AssessmentPlan.Option> options = new ArrayList<>(item.options().stream()
                    .map(o -> new AssessmentPlan.Option(o.id(), o.text())).toList());
            Collections.shuffle(options, random);
            AssessmentAnswer answer = given.get(AssessmentSection.SITUATIONAL + "/" + item.id());
            situationalItems.add(new AssessmentPlan.Item(AssessmentSection.SITUATIONAL, item.id(), null,
                    item.scenario(), List.copyOf(options), 0, answer == null ? null : answer.getChoice()));
        }

        List<SelfAssessmentStatement> statements = new ArrayList<>(library.statements());
        Collections.shuffle(statements, random);
        List<AssessmentPlan.Option> scale = IntStream.rangeClosed(1, library.likertScale().size())
                .mapToObj(i -> new AssessmentPlan.Option(String.valueOf(i), library.likertScale().get(i - 1)))
                .toList();
        List<AssessmentPlan.Item> selfItems = statements.stream().map(statement -> {
            AssessmentAnswer answer = given.get(AssessmentSection.SELF + "/" + statement.id());
            return new AssessmentPlan.Item(AssessmentSection.SELF, statement.id(), null, statement.text(), scale, 0,
                    answer == null || answer.getLikert() == null ? null : answer.getLikert().toString());
        }).toList();

        List<AssessmentPlan.Item> caseItems = new ArrayList<>();
        for (CaseAssignment assignment : written(invitation.getCandidateId())) {
            library.businessCase(assignment.getCaseId()).ifPresent(c -> caseItems.add(new AssessmentPlan.Item(
                    AssessmentSection.CASES, c.id(), c.title(), c.task(), List.of(), c.minutes(),
                    assignment.getAnswer())));
        }

        List<AssessmentPlan.Section> sections = new ArrayList<>();
        sections.add(new AssessmentPlan.Section(AssessmentSection.SITUATIONAL,
                situationalItems.size() * flow.situationalSecondsPerItem(),
                invitation.sectionStart(AssessmentSection.SITUATIONAL), List.copyOf(situationalItems)));
        sections.add(new AssessmentPlan.Section(AssessmentSection.SELF,
                selfItems.size() * flow.selfSecondsPerStatement(), invitation.sectionStart(AssessmentSection.SELF),
                selfItems));
        if (!caseItems.isEmpty()) {
            sections.add(new AssessmentPlan.Section(AssessmentSection.CASES,
                    caseItems.stream().mapToInt(AssessmentPlan.Item::minutes).sum() * 60,
                    invitation.sectionStart(AssessmentSection.CASES), List.copyOf(caseItems)));
        }
        return List.copyOf(sections);
    }

    /** The cases the owner gave to be answered in writing, in the order they were given. */
    List<CaseAssignment> written(long candidateId) {
        return assignments.findByCandidateIdOrderByAssignedAtAscIdAsc(candidateId).stream()
                .filter(a -> a.getMode() == CaseMode.WRITTEN).toList();
    }
}
