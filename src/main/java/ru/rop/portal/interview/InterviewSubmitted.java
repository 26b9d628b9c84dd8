package ru.rop.portal.interview;

/** Published inside the transaction in which an interviewer submitted their interview; no scores in it. */
public record InterviewSubmitted(long interviewId, long candidateId, long vacancyId) {
}
