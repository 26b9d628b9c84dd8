package ru.rop.portal.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The candidate's assessment as their link shows it: who invites them, the consent, and the sections with the
 * items in this candidate's own shuffled order and the answers given so far.
 *
 * @param currentStep where the candidate stopped, as a key that survives changes of the content: {@code
 *                    intro:SECTION}, {@code SECTION/itemId} or {@code review}; null at the start
 * @param draftKey identifies this assessment among others taken in the same browser
 * @param revision the version of the invitation this plan shows: a step taken from a plan of an older revision
 *                 (another device saved meanwhile) is answered with the plan read again
 */
public record AssessmentPlan(String candidateName, String companyName, String position, Consent consent,
                             boolean consented, boolean submitted, String currentStep, Instant expiresAt,
                             List<Section> sections, String draftKey, long revision) {

    /** The step key of the final review. */
    public static final String REVIEW = "review";

    public record Consent(String version, String title, String text) {
    }

    /** @param startedAt when the candidate opened the section, for the gentle countdown; null before */
    public record Section(AssessmentSection kind, int budgetSeconds, Instant startedAt, List<Item> items) {
    }

    /**
     * @param title a case's title; null for other items
     * @param text a situation, a case's task, or for a forced-choice block what to do in it
     * @param options the choices in this candidate's order: a situation's options or a block's statements
     * @param answer the chosen option id, the id of the block's statement marked «most like me», or a case's
     *               text; null before an answer
     * @param least the id of the block's statement marked «least like me»; null for other items and before
     */
    public record Item(AssessmentSection kind, String id, String title, String text, List<Option> options,
                       int minutes, String answer, String least) {

        /** A forced-choice block is answered once both marks are made. */
        public boolean answered() {
            if (kind == AssessmentSection.SELF) {
                return answer != null && least != null;
            }
            return answer != null && !answer.isBlank();
        }
    }

    public record Option(String id, String text) {
    }

    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    public long answered() {
        return items().stream().filter(Item::answered).count();
    }

    public int minutes() {
        return sections.stream().mapToInt(Section::budgetSeconds).sum() / 60;
    }

    /** This plan with an item's answer as a step of its page saved it. */
    AssessmentPlan answered(AssessmentSection kind, String itemId, String answer, @Nullable String least) {
        List<Section> changed = sections.stream().map(section -> section.kind() != kind ? section
                : new Section(kind, section.budgetSeconds(), section.startedAt(), section.items().stream()
                        .map(item -> item.id().equals(itemId) ? new Item(kind, itemId, item.title(), item.text(),
                                item.options(), item.minutes(), answer, least) : item).toList())).toList();
        return new AssessmentPlan(candidateName, companyName, position, consent, consented, submitted, currentStep,
                expiresAt, changed, draftKey, revision);
    }

    /** This plan with the candidate at {@code step}, as revision {@code newRevision} of the invitation shows it. */
    AssessmentPlan at(@Nullable String step, long newRevision) {
        return new AssessmentPlan(candidateName, companyName, position, consent, consented, submitted, step,
                expiresAt, sections, draftKey, newRevision);
    }

    /** The item of this plan, if it has one by that id in that section. */
    Optional<Item> item(AssessmentSection kind, String itemId) {
        return sections.stream().filter(section -> section.kind() == kind).flatMap(section -> section.items().stream())
                .filter(item -> item.id().equals(itemId)).findFirst();
    }
}
