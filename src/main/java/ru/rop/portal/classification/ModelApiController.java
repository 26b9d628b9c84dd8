package ru.rop.portal.classification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/model")
@Tag(name = "Модель", description = "Поведенческие измерения и типы РОП")
class ModelApiController {

    record ModelResponse(List<Dimension> dimensions, List<RopType> types) {
    }

    private final RopModel model;

    ModelApiController(RopModel model) {
        this.model = model;
    }

    @GetMapping
    @Operation(summary = "Словарь модели: измерения и типы РОП с русскими названиями и описаниями")
    ModelResponse model() {
        return new ModelResponse(model.dimensions(), model.types());
    }
}
