package ru.rop.portal.classification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ru.rop.portal.IntegrationTest;

@IntegrationTest
class ClassificationApiTest {

    private static final String KEY = "Bearer test-bootstrap-key-0123456789abcdef";

    @Autowired
    MockMvc mvc;

    private ResultActions classify(String body) throws Exception {
        return mvc.perform(post("/api/v1/classification").header("Authorization", KEY)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void theModelListsDimensionsTypesCompetenciesAndRoles() throws Exception {
        mvc.perform(get("/api/v1/model").header("Authorization", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dimensions.length()").value(12))
                .andExpect(jsonPath("$.types.length()").value(8))
                .andExpect(jsonPath("$.roles.length()").value(3))
                .andExpect(jsonPath("$.competencies.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(8)))
                .andExpect(jsonPath("$.roles[*].label", hasItem("Управленец")))
                .andExpect(jsonPath("$.types[0].label").value("Новичок"));
    }

    @Test
    void aNoviceProfileIsClassifiedAsTheContractSays() throws Exception {
        classify("{\"dimensions\": {\"MANAGES_THROUGH_TEAM\": 1.6, \"FOCUS_ON_PRIORITIES\": 3}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("NOVICE"))
                .andExpect(jsonPath("$.label").value("Новичок"))
                .andExpect(jsonPath("$.match").isNumber())
                .andExpect(jsonPath("$.clear").isBoolean())
                .andExpect(jsonPath("$.runnerUp.type").isString())
                .andExpect(jsonPath("$.ranking.length()").value(8))
                .andExpect(jsonPath("$.explanation[0].dimension").value("MANAGES_THROUGH_TEAM"))
                .andExpect(jsonPath("$.explanation[0].value").value(1.6))
                .andExpect(jsonPath("$.explanation[0].effect").value("supports"))
                .andExpect(jsonPath("$.explanation[0].text").value("Закрывает сделки сам вместо работы через команду"));
    }

    @Test
    void unknownTopLevelFieldsAreIgnored() throws Exception {
        classify("{\"dimensions\": {\"RAPPORT\": 5}, \"comment\": \"из CRM\"}").andExpect(status().isOk());
    }

    @Test
    void anEmptyOrMissingMapIs400() throws Exception {
        for (String body : new String[] {"{}", "{\"dimensions\": {}}", "{\"dimensions\": null}",
                "{\"dimensions\": [1, 2]}"}) {
            classify(body).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("dimensions"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("dimensions")));
        }
    }

    @Test
    void anUnknownIdANonNumberAndAnOutOfRangeValueAreEach400WithTheField() throws Exception {
        classify("{\"dimensions\": {\"CHARISMA\": 3, \"RAPPORT\": \"высокий\", \"BUSYNESS\": 7, \"ORGANIZED\": 0.5}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("Запрос содержит ошибки в полях."))
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[?(@.field == 'dimensions.CHARISMA')].message",
                        hasItem(containsString("Неизвестное измерение"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'dimensions.RAPPORT')].message",
                        hasItem(containsString("числом"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'dimensions.BUSYNESS')].message",
                        hasItem(containsString("от 1 до 5"))));
    }

    @Test
    void aBodyThatIsNotJsonIs400NotA500() throws Exception {
        classify("dimensions=RAPPORT:5").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/classification").header("Authorization", KEY)
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest());
    }

    @Test
    void classificationNeedsAKey() throws Exception {
        mvc.perform(post("/api/v1/classification").contentType(MediaType.APPLICATION_JSON)
                .content("{\"dimensions\": {\"RAPPORT\": 5}}")).andExpect(status().isUnauthorized());
    }
}
