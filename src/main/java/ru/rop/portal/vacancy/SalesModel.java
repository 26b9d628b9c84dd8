package ru.rop.portal.vacancy;

public enum SalesModel {
    B2B, B2C, B2B_AND_B2C;

    public String labelKey() {
        return "sales-model." + name();
    }
}
