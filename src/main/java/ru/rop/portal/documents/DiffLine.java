package ru.rop.portal.documents;

/** One line of a comparison of two versions. */
public record DiffLine(Change change, String text) {

    public enum Change {
        SAME, ADDED, REMOVED
    }
}
