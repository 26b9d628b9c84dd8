package ru.rop.portal;

import java.util.List;

/** Text an attacker or a careless paste puts into a form: markup, SQL, bidirectional tricks and odd Unicode. */
public final class HostileText {

    public static final String SCRIPT = "<script>window.__pwned=1</script>";
    public static final String IMG = "<img src=x onerror=\"window.__pwned=1\">";
    public static final String SQL = "'; DROP TABLE candidate; --";
    public static final String SQL_OR = "\" OR 1=1 --";
    /** Right-to-left override: the rest of the line is drawn backwards. */
    public static final String RTL = "\u202Egnp.exe\u202C отчёт";
    /** A zero-width joiner inside a word and a professional emoji with a skin tone, built with joiners. */
    public static final String JOINERS = "РО\u200DП 👩🏽\u200D💼 🧑🏿\u200D🚀";
    /** Combining marks stacked on letters. */
    public static final String COMBINING = "Й\u0306\u0301о\u0308\u0336ж\u0334\u0327ик Z\u0351\u0367\u0300a\u0336";
    /** Control characters, which the portal refuses with a message. */
    public static final String CONTROL = "звонок\u0007нуль\u0000конец\u001B";
    public static final String LONG = "Я".repeat(10_000);

    /** Every kind of hostile text that the portal stores and shows as it is. */
    public static final List<String> STORED = List.of(SCRIPT, IMG, SQL, SQL_OR, RTL, JOINERS, COMBINING);

    /** All of them on separate lines, for multi-line fields. */
    public static final String ALL_LINES = String.join("\n", STORED);

    /** All of them in one line, for single-line fields (under 200 characters). */
    public static final String ALL_IN_ONE_LINE = String.join(" ", STORED);

    private HostileText() {
    }
}
