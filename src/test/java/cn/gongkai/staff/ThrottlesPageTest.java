package cn.gongkai.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import cn.gongkai.security.LoginThrottle;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An administrator sees who is throttled after failed logins and lifts it with one button. */
@GongkaiTest
class ThrottlesPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    LoginThrottle throttle;

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theAdministratorLiftsAThrottleThroughThePage() throws Exception {
        for (int i = 0; i < 10; i++) {
            throttle.failed("10.0.0.7", "planning-head");
        }
        assertThat(throttle.check("10.0.0.8", "planning-head")).isPresent();

        mvc.perform(get("/staff/security/throttles").header("Authorization", basic("supervisor", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/security/throttles").header("Authorization", basic("admin", "admin")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("planning-head")));
        mvc.perform(post("/staff/security/throttles/lift").param("kind", "account").param("key", "planning-head")
                .header("Authorization", basic("admin", "admin"))).andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post("/staff/security/throttles/lift").with(csrf()).param("kind", "account").param("key", "planning-head")
                .header("Authorization", basic("admin", "admin"))).andExpect(status().is3xxRedirection());
        assertThat(throttle.check("10.0.0.8", "planning-head")).isEmpty();
        throttle.lift("client", "10.0.0.7");
    }
}
