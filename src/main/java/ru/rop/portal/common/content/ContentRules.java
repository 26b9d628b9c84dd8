package ru.rop.portal.common.content;

/** The cross-entry rules of one content type (unique ids, references, coverage), beyond per-field limits. */
@FunctionalInterface
public interface ContentRules<T> {

    void check(T content, ContentChecks checks);
}
