package ru.rop.portal.documents;

import java.util.List;

/**
 * One difference between two versions of a document, as a person reads them: a clause added, removed, reworded or
 * moved. Clauses carry no numbers and no markup, so renumbering is no change.
 *
 * @param section the section heading without its number, e.g. «Должностные обязанности»; empty before the first
 * @param older   the clause in the older version; empty for an added one
 * @param newer   the clause in the newer version; empty for a removed one
 * @param words   for a reworded clause, its words marked kept, removed or added; empty otherwise
 */
public record ClauseChange(Kind kind, String section, String older, String newer, List<Word> words) {

    public ClauseChange {
        words = List.copyOf(words);
    }

    public enum Kind {
        ADDED, REMOVED, CHANGED, MOVED
    }

    public record Word(Mark mark, String text) {
    }

    public enum Mark {
        SAME, REMOVED, ADDED
    }
}
