package ru.rop.portal.retention;

/** A destruction act's PDF to download. */
public record ActFile(String fileName, byte[] content) {
}
