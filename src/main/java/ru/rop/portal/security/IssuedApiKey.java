package ru.rop.portal.security;

/** A new key in clear text: returned once at creation, never again. */
public record IssuedApiKey(ApiKeySummary key, String secret) {
}
