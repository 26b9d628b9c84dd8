package ru.rop.portal.assessment.ui;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import ru.rop.portal.assessment.AssessmentPlan;

/**
 * The assessment as pages: a section's introduction, then its items; the final review ({@link AssessmentPlan#REVIEW})
 * is one past the last page.
 * A page is found again by a key that survives changes of the content (the candidate resumes where they were).
 */
final class AssessmentPages {

    record Page(AssessmentPlan.Section section, int sectionNumber, AssessmentPlan.@Nullable Item item,
                int itemNumber) {

        boolean intro() {
            return item == null;
        }
    }

    private final List<Page> pages;

    AssessmentPages(AssessmentPlan plan) {
        List<Page> laidOut = new ArrayList<>();
        int sectionNumber = 0;
        for (AssessmentPlan.Section section : plan.sections()) {
            sectionNumber++;
            laidOut.add(new Page(section, sectionNumber, null, 0));
            for (int i = 0; i < section.items().size(); i++) {
                laidOut.add(new Page(section, sectionNumber, section.items().get(i), i + 1));
            }
        }
        pages = List.copyOf(laidOut);
    }

    /** The number of pages; also the index of the review. */
    int size() {
        return pages.size();
    }

    Page get(int index) {
        return pages.get(index);
    }

    /** An index moved into the pages, the review included. */
    int clamp(int index) {
        return Math.clamp(index, 0, pages.size());
    }

    /** Where a step is, by its key; {@code otherwise} for an unknown key. */
    int indexOf(@Nullable String key, int otherwise) {
        if (AssessmentPlan.REVIEW.equals(key)) {
            return pages.size();
        }
        for (int i = 0; i < pages.size(); i++) {
            if (key(i).equals(key)) {
                return i;
            }
        }
        return clamp(otherwise);
    }

    String key(int index) {
        if (index >= pages.size()) {
            return AssessmentPlan.REVIEW;
        }
        Page step = pages.get(index);
        return step.item() == null ? "intro:" + step.section().kind() : step.item().kind() + "/" + step.item().id();
    }

    /** The first item not answered yet, or the review when every item is. */
    int firstMissing() {
        for (int i = 0; i < pages.size(); i++) {
            AssessmentPlan.Item item = pages.get(i).item();
            if (item != null && !item.answered()) {
                return i;
            }
        }
        return pages.size();
    }
}
