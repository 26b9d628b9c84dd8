package ru.rop.portal.interview;

import java.util.List;

/**
 * A printable interview kit with every visible word already translated: the renderer only lays it out.
 * {@code pageFormat} is a {@link java.text.MessageFormat} pattern such as «Страница {0} из {1}».
 */
record KitDocument(String title, String subtitle, String header, String pageFormat,
                          List<String> summaryLines, List<Section> sections, List<String> notes) {
    /** One competency block of the plan. */
    public record Section(String heading, List<Item> items) { }
    /** One question with everything the interviewer needs on paper. */
    public record Item(String number, String text, String meta, String listenForLabel, String listenFor,
                       String probesLabel, List<String> probes, String scaleLabel, List<String> scale,
                       String stylesLabel, List<String> styles, String redFlagsLabel, List<String> redFlags, String notesLabel) { }
}
