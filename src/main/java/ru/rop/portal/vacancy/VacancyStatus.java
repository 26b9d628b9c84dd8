package ru.rop.portal.vacancy;

public enum VacancyStatus {
    OPEN, ON_HOLD, FILLED, CLOSED;

    public String labelKey() {
        return "vacancy.status." + name();
    }
}
