package ru.rop.portal.cases;

/**
 * Whether a candidate's written cases are theirs: answered through their own link, nobody at the company edits or
 * removes them. The online assessment knows the link and answers this, so the case work needs no part of it.
 */
public interface WrittenCaseOwnership {

    boolean ownedByCandidate(long candidateId);
}
