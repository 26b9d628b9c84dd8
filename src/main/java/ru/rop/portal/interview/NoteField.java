package ru.rop.portal.interview;

/** The free-text fields of an answer: notes and the optional STAR prompts. */
public enum NoteField {
    NOTES(4000), SITUATION(1000), TASK(1000), ACTION(1000), RESULT(1000);

    private final int maxLength;

    NoteField(int maxLength) {
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }

    public String labelKey() {
        return "interview.note." + name();
    }
}
