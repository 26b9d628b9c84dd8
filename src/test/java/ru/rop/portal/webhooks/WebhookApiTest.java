package ru.rop.portal.webhooks;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ru.rop.portal.IntegrationTest;

/** The API contract, in the default configuration: private addresses refused. */
@IntegrationTest
class WebhookApiTest {

    private static final String KEY = "Bearer test-bootstrap-key-0123456789abcdef";

    @Autowired
    MockMvc mvc;

    private ResultActions register(String body) throws Exception {
        return mvc.perform(post("/api/v1/webhooks").header("Authorization", KEY)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void registeredWithTheSecretOnceListedWithoutItAndDeleted() throws Exception {
        String created = register("{\"url\": \"https://93.184.215.14/hooks/rop\", "
                + "\"events\": [\"candidate.created\", \"candidate.erased\", \"meeting.changed\"]}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/webhooks/")))
                .andExpect(jsonPath("$.secret").value(startsWith("whsec_")))
                .andExpect(jsonPath("$.url").value("https://93.184.215.14/hooks/rop"))
                .andExpect(jsonPath("$.events.length()").value(3))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        String secret = JsonPath.read(created, "$.secret");

        mvc.perform(get("/api/v1/webhooks").header("Authorization", KEY)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].createdBy").value(org.hamcrest.Matchers.hasItem(
                        "ROP_API_KEY")))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString(secret))))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString("secret"))));
        mvc.perform(get("/api/v1/webhooks/" + id + "/deliveries").header("Authorization", KEY))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isArray());

        mvc.perform(delete("/api/v1/webhooks/" + id).header("Authorization", KEY)).andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/webhooks/" + id).header("Authorization", KEY))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Адрес вебхука №" + id + " не найден"));
    }

    @Test
    void privateTargetsAreRefusedWithoutTheEnvironmentVariable() throws Exception {
        for (String url : new String[] {"http://127.0.0.1:9000/hook", "http://localhost/hook",
                "http://192.168.0.5/crm", "http://169.254.169.254/latest/meta-data"}) {
            register("{\"url\": \"" + url + "\", \"events\": [\"candidate.created\"]}")
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("url"))
                    .andExpect(jsonPath("$.errors[0].message").value(startsWith("Адрес ведёт во внутреннюю сеть")));
        }
    }

    @Test
    void badInputIsA400ThatNamesTheField() throws Exception {
        register("{\"url\": \"ftp://93.184.215.14/\", \"events\": [\"candidate.created\"]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("url"));
        register("{\"url\": \"https://93.184.215.14/\", \"events\": []}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("events"));
        register("{\"url\": \"https://93.184.215.14/\", \"events\": [\"candidate.hired\"]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("events"));
        mvc.perform(get("/api/v1/webhooks")).andExpect(status().isUnauthorized());
    }
}
