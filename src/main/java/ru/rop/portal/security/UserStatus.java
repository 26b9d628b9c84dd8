package ru.rop.portal.security;

public enum UserStatus {
    ACTIVE, DISABLED
}
