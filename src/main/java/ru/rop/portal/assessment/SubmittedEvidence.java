package ru.rop.portal.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.rop.portal.classification.Observation;
import ru.rop.portal.classification.RopModel;

/**
 * What a submitted assessment adds to the profile: the dimension evidence of its answers, weighed by how plausible
 * the answering was, the red-flag choices, and the integrity signals (time per section, items answered faster than
 * they can be read, pasted text, tab switches).
 */
@Component
class SubmittedEvidence {

    private final AssessmentAnswerRepository answers;
    private final AssessmentPlanner planner;
    private final AssessmentLibrary library;
    private final AnswerPlausibility plausibility;
    private final Clock clock;

    SubmittedEvidence(AssessmentAnswerRepository answers, AssessmentPlanner planner, AssessmentLibrary library,
                      RopModel model, Clock clock) {
        this.answers = answers;
        this.planner = planner;
        this.library = library;
        this.plausibility = new AnswerPlausibility(model);
        this.clock = clock;
    }

    /** The latest invitation's status and, once submitted, its evidence and integrity signals. */
    OnlineEvidence of(Optional<Invitation> latest) {
        if (latest.isEmpty()) {
            return OnlineEvidence.none(InvitationStatus.NOT_INVITED);
        }
        Invitation invitation = latest.get();
        InvitationStatus status = invitation.status(clock.instant());
        if (!invitation.submitted()) {
            return OnlineEvidence.none(status);
        }
        List<AssessmentAnswer> given = answers.findByInvitationId(invitation.getId());
        List<Observation> observations = new ArrayList<>();
        List<OnlineEvidence.FlagChoice> flags = new ArrayList<>();
        for (AssessmentAnswer answer : given) {
            if (answer.getItemKind() == AssessmentSection.SITUATIONAL && answer.getChoice() != null) {
                library.situationalItem(answer.getItemId()).ifPresent(item -> item.options().stream()
                        .filter(o -> o.id().equals(answer.getChoice())).findFirst().ifPresent(option -> {
                            observations.addAll(library.observations(item, option));
                            if (option.redFlag() != null) {
                                flags.add(new OnlineEvidence.FlagChoice(option.redFlag(), item.id(),
                                        item.scenario()));
                            }
                        }));
            } else if (answer.getItemKind() == AssessmentSection.SELF) {
                // Earlier Likert answers name statements (SA..) that are no blocks: they are not scored.
                library.block(answer.getItemId()).ifPresent(block -> observations.addAll(
                        library.observations(block, answer.getChoice(), answer.getLeastChoice())));
            }
        }
        OnlineEvidence.Integrity integrity = integrity(invitation, given);
        return new OnlineEvidence(status, AnswerPlausibility.weigh(observations, integrity.plausibility()),
                integrity, List.copyOf(flags));
    }

    private OnlineEvidence.Integrity integrity(Invitation invitation, List<AssessmentAnswer> given) {
        Map<String, AssessmentAnswer> byItem = given.stream()
                .collect(Collectors.toMap(a -> a.getItemKind() + "/" + a.getItemId(), Function.identity()));
        int wordsPerSecond = library.flow().fastWordsPerSecond();
        List<OnlineEvidence.SectionTime> sections = new ArrayList<>();
        List<String> fastItems = new ArrayList<>();
        List<OnlineEvidence.CasePaste> pastes = new ArrayList<>();
        List<AssessmentPlan.Section> shown = planner.sections(invitation);
        for (AssessmentPlan.Section section : shown) {
            int seconds = 0;
            for (AssessmentPlan.Item item : section.items()) {
                AssessmentAnswer answer = byItem.get(item.kind() + "/" + item.id());
                if (answer == null) {
                    continue;
                }
                seconds += answer.getSecondsSpent();
                if (item.kind() != AssessmentSection.CASES && item.answered()
                        && answer.getSecondsSpent() < reading(item) / (double) wordsPerSecond) {
                    fastItems.add(item.id());
                }
                if (item.kind() == AssessmentSection.CASES) {
                    pastes.add(new OnlineEvidence.CasePaste(item.title(), answer.getPastedChars(),
                            item.answer() == null ? 0 : item.answer().length()));
                }
            }
            sections.add(new OnlineEvidence.SectionTime(section.kind(), seconds, section.budgetSeconds(),
                    (int) section.items().stream().filter(AssessmentPlan.Item::answered).count(),
                    section.items().size()));
        }
        return new OnlineEvidence.Integrity(sections, fastItems.size(), fastItems, invitation.getTabSwitches(),
                pastes, plausibility.judge(shown, library.situationalItemsById(), byItem, fastItems.size()));
    }

    /** The words to read before answering: a situation, or a block's three statements. */
    private static int reading(AssessmentPlan.Item item) {
        return item.kind() == AssessmentSection.SELF
                ? item.options().stream().mapToInt(o -> words(o.text())).sum() : words(item.text());
    }

    private static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
