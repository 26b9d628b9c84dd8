package ru.rop.portal.classification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.rop.portal.common.api.ApiProblemException;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Модель и классификация", description = "Измерения, типы РОП, компетенции, роли; классификация профиля")
class ModelApiController {

    record ModelResponse(List<Dimension> dimensions, List<RopType> types, List<Competency> competencies,
                         List<RopRole> roles, List<RedFlag> redFlags) {
    }

    private final RopModel model;

    ModelApiController(RopModel model) {
        this.model = model;
    }

    @GetMapping("/api/v1/model")
    @Operation(summary = "Словарь модели: измерения, типы РОП, компетенции, роли и красные флаги")
    ModelResponse model() {
        return new ModelResponse(model.dimensions(), model.types(), model.competencies(), model.roles(),
                model.redFlags());
    }

    @PostMapping("/api/v1/classification")
    @Operation(summary = "Классифицировать профиль по двенадцати измерениям (любое непустое подмножество, 1..5)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = "{\"dimensions\": {\"MANAGES_THROUGH_TEAM\": 1.5, "
                            + "\"BUSYNESS\": 4.5, \"FOCUS_ON_PRIORITIES\": 3}}"))))
    ClassificationAnswer classify(@RequestBody JsonNode body) {
        return ClassificationAnswer.of(model.classify(DimensionScoring.given(parse(body))));
    }

    /** Every wrong entry is reported at once, so an integrator fixes the request in one go. */
    private static Map<DimensionId, Double> parse(JsonNode body) {
        JsonNode dimensions = body == null ? null : body.get("dimensions");
        if (dimensions == null || !dimensions.isObject() || dimensions.isEmpty()) {
            throw ApiProblemException.badRequest(List.of(
                    new ApiProblemException.FieldError("dimensions", "api.classification.dimensions.required")));
        }
        Map<DimensionId, Double> values = new EnumMap<>(DimensionId.class);
        List<ApiProblemException.FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : dimensions.properties()) {
            String field = "dimensions." + entry.getKey();
            DimensionId id = dimensionId(entry.getKey());
            JsonNode value = entry.getValue();
            if (id == null) {
                errors.add(new ApiProblemException.FieldError(field, "api.classification.dimension.unknown"));
            } else if (!value.isNumber()) {
                errors.add(new ApiProblemException.FieldError(field, "api.classification.value.not-a-number"));
            } else if (value.asDouble() < 1.0 || value.asDouble() > 5.0) {
                errors.add(new ApiProblemException.FieldError(field, "api.classification.value.out-of-range"));
            } else {
                values.put(id, value.asDouble());
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblemException.badRequest(errors);
        }
        return values;
    }

    private static DimensionId dimensionId(String name) {
        for (DimensionId id : DimensionId.values()) {
            if (id.name().equals(name)) {
                return id;
            }
        }
        return null;
    }
}
