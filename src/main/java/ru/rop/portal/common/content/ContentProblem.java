package ru.rop.portal.common.content;

/** One thing wrong with a content file: where in the file (an entry path such as {@code types[2].risks}) and what. */
public record ContentProblem(String entry, String message) {

    @Override
    public String toString() {
        return entry.isEmpty() ? message : entry + ": " + message;
    }
}
