package ru.rop.portal.documents;

/**
 * A rendered job description or rights list.
 *
 * @param draft no version is saved yet: the file is the library's proposal, marked «ПРОЕКТ»
 */
public record DocumentFile(byte[] content, boolean draft) {
}
