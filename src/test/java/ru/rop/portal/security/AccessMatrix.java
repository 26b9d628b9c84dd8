package ru.rop.portal.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The access matrix of {@value #FILE}: who may open each view, call each endpoint and each service method. */
record AccessMatrix(Map<String, View> views, Map<String, List<Principal>> endpoints,
                    Map<String, List<Principal>> services) {

    static final String FILE = "src/test/resources/security/access-matrix.yaml";

    enum Principal {
        ANONYMOUS, HR, OWNER, API, CANDIDATE_TOKEN
    }

    /** @param open the address the test opens, with placeholders for records made by the test */
    record View(String open, List<Principal> allowed) {
    }

    static AccessMatrix load() {
        try (InputStream in = AccessMatrix.class.getResourceAsStream("/security/access-matrix.yaml")) {
            // A key listed twice would silently replace the first entry.
            return YAMLMapper.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(in, AccessMatrix.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
