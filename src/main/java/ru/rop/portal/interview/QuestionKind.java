package ru.rop.portal.interview;

/** Behavioural questions ask what the candidate did; situational ones what they would do. */
public enum QuestionKind {
    BEHAVIOURAL, SITUATIONAL
}
