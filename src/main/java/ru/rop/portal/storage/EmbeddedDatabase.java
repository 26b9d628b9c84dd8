package ru.rop.portal.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * H2 file settings the embedded default needs and MariaDB must never see. H2's default WRITE_DELAY of 500 ms
 * acknowledges a commit that only lives in memory: a kill -9 or a full disk within that half second lost it. With
 * WRITE_DELAY=0 each commit writes its chunk to the file before it returns, so a failed write fails the request
 * instead of a later background write failing silently. {@link H2Connections} evicts the connections of a database
 * that such a failure closed, so the pool reopens the file once there is room again, and {@link H2FileDataSource}
 * heals a reopened database that H2 lost track of. Pool suspension lets {@link DatabaseScrub} close and
 * rewrite the file while requests wait for a moment.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabase {

    static final String WRITE_DELAY = "WRITE_DELAY";

    /** An H2 database kept in a file (any H2 URL except an in-memory one). */
    static boolean isH2File(String url) {
        return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    }

    /** The URL with WRITE_DELAY=0 unless the operator set a write delay of their own. */
    static String durable(String url) {
        return url.toUpperCase(Locale.ROOT).contains(";" + WRITE_DELAY + "=") ? url : url + ";" + WRITE_DELAY + "=0";
    }

    @Bean
    static BeanPostProcessor embeddedDatabaseSettings() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource hikari && isH2File(hikari.getJdbcUrl())) {
                    hikari.setJdbcUrl(durable(hikari.getJdbcUrl()));
                    hikari.setAllowPoolSuspension(true);
                    hikari.setExceptionOverrideClassName(H2Connections.class.getName());
                    hikari.setDataSource(new H2FileDataSource(hikari));
                }
                return bean;
            }
        };
    }
}
