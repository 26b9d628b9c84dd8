package ru.rop.portal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who gets in before anyone was invited: the first owner of an empty database, the integration key given by the
 * operator, and the proxies whose forwarded client addresses are believed.
 *
 * @param trustedProxies addresses or CIDR ranges, comma-separated; empty (the default) believes no header
 */
@ConfigurationProperties("rop")
record AccessProperties(@DefaultValue Admin admin, @DefaultValue Api api, @DefaultValue("") String trustedProxies) {

    /**
     * The first owner, created once in an empty database.
     *
     * @param password empty: a strong one is generated and logged once
     */
    record Admin(@DefaultValue("owner@rop.local") String email, @DefaultValue("") String name,
                 @DefaultValue("") String password) {

        @Override
        public String toString() {
            return "Admin[email=" + email + ", name=" + name + ", password=" + (password.isEmpty() ? "" : "***")
                    + "]";
        }
    }

    /** @param bootstrapKey an integration key that works without being issued in the UI; empty: none */
    record Api(@DefaultValue("") String bootstrapKey) {

        @Override
        public String toString() {
            return "Api[bootstrapKey=" + (bootstrapKey.isEmpty() ? "" : "***") + "]";
        }
    }
}
