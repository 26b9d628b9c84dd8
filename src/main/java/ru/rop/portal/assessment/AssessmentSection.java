package ru.rop.portal.assessment;

/** The parts of the online assessment, in the order the candidate meets them. */
public enum AssessmentSection {
    SITUATIONAL, SELF, CASES
}
