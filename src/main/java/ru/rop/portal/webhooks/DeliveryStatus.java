package ru.rop.portal.webhooks;

/** Where a delivery stands: waiting (first try or a retry), being sent by an instance, answered 2xx, given up. */
public enum DeliveryStatus {
    PENDING, SENDING, DELIVERED, FAILED
}
