package ru.rop.portal.classification;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import ru.rop.portal.common.content.ContentLoader;

/** The shipped model, loaded from templates/ without Spring: the engine is plain Java. */
final class ModelFixture {

    private static RopModel model;

    private ModelFixture() {
    }

    static synchronized RopModel model() {
        if (model == null) {
            try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
                model = new RopModel(new ContentLoader("templates", factory.getValidator()));
            }
        }
        return model;
    }
}
