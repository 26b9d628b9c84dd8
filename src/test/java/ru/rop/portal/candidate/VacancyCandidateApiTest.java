package ru.rop.portal.candidate;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ru.rop.portal.IntegrationTest;

@IntegrationTest
class VacancyCandidateApiTest {

    private static final String KEY = "Bearer test-bootstrap-key-0123456789abcdef";

    @Autowired
    MockMvc mvc;

    private ResultActions post(String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("Authorization", KEY).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long vacancy() throws Exception {
        String title = "Руководитель отдела продаж " + UUID.randomUUID().toString().substring(0, 8);
        String body = post("/api/v1/vacancies", "{\"title\": \"" + title + "\", \"companyName\": "
                + "\"ООО «Север»\", \"industry\": \"Логистика\", \"salesTeamSize\": 8, \"unknown\": true}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/vacancies/")))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void anOpenVacancyWithTheSameTitleIsA409UnlessAnotherIsAskedFor() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String first = post("/api/v1/vacancies", "{\"title\": \"РОП, Казань " + run + "\", \"companyName\": \"X\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(first, "$.id")).longValue();
        String again = "{\"title\": \"  роп,   КАЗАНЬ " + run.toUpperCase() + " \", \"companyName\": \"X\"}";
        post("/api/v1/vacancies", again).andExpect(status().isConflict())
                .andExpect(jsonPath("$.existingVacancyId").value(id))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "Открытая вакансия «РОП, Казань " + run + "» уже есть.")));
        post("/api/v1/vacancies?allowDuplicate=true", again).andExpect(status().isCreated());
    }

    @Test
    void vacanciesAreCreatedListedAndFound() throws Exception {
        long id = vacancy();
        mvc.perform(get("/api/v1/vacancies/" + id).header("Authorization", KEY)).andExpect(status().isOk())
                .andExpect(jsonPath("$.companyName").value("ООО «Север»"))
                .andExpect(jsonPath("$.salesTeamSize").value(8));
        mvc.perform(get("/api/v1/vacancies").header("Authorization", KEY)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) id)));
        mvc.perform(get("/api/v1/vacancies/999999999").header("Authorization", KEY))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Вакансия не найдена."));
    }

    @Test
    void aVacancyWithoutTitleIs400WithTheField() throws Exception {
        post("/api/v1/vacancies", "{\"companyName\": \"ООО «Север»\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("Заполните это поле."));
        post("/api/v1/vacancies", "{\"title\": \"РОП\", \"companyName\": \"X\", \"salesTeamSize\": \"много\"}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void candidatesAreCreatedRefusedAsDuplicatesFoundAndErased() throws Exception {
        long vacancy = vacancy();
        String email = "api." + UUID.randomUUID().toString().substring(0, 8) + "@mail.ru";
        String body = post("/api/v1/candidates", "{\"vacancyId\": " + vacancy + ", \"fullName\": \"Морозов Андрей\", "
                + "\"email\": \"" + email + "\", \"phone\": \"+7 912 765-43-21\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("NEW"))
                .andExpect(jsonPath("$.source").value("API"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        post("/api/v1/candidates", "{\"vacancyId\": " + vacancy + ", \"fullName\": \"А. Морозов\", \"email\": \""
                + email.toUpperCase() + "\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.existingCandidateId").value((int) id))
                .andExpect(jsonPath("$.detail").value("Кандидат с таким e-mail уже есть в этой вакансии: Морозов Андрей."));

        post("/api/v1/candidates", "{\"vacancyId\": " + vacancy + ", \"fullName\": \"\", \"email\": \"x@mail.ru\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fullName"));
        post("/api/v1/candidates", "{\"vacancyId\": " + vacancy + ", \"fullName\": \"Пётр\", \"email\": \"нет\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("email"));
        post("/api/v1/candidates", "{\"fullName\": \"Пётр\", \"email\": \"p@mail.ru\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("vacancyId"));
        post("/api/v1/candidates", "{\"vacancyId\": 999999999, \"fullName\": \"Пётр\", \"email\": \"p@mail.ru\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("vacancyId"));

        mvc.perform(get("/api/v1/candidates/" + id).header("Authorization", KEY)).andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Морозов Андрей"));
        mvc.perform(delete("/api/v1/candidates/" + id).header("Authorization", KEY))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/candidates/" + id).header("Authorization", KEY)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/candidates/" + id).header("Authorization", KEY)).andExpect(status().isNotFound());
    }
}
