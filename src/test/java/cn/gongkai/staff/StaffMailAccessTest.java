package cn.gongkai.staff;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.consultation.Consultation;
import cn.gongkai.consultation.ConsultationService;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Staff see only the mail that is theirs: the demo mailbox shows each user the mails to their own
 * address (an administrator everything, the public's mails included), and a matter's mail log
 * opens only for those who may open the matter.
 */
@SpringBootTest(properties = {"gongkai.demo.mail-server.enabled=true", "spring.mail.port=3927"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffMailAccessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JavaMailSender mail;
    @Autowired
    ConsultationService consultations;

    String consultation;

    @BeforeAll
    void someMailAndAConsultationOfTheSmeDivision() throws Exception {
        send("policy-head@gongkai.example", "【提醒】政策法规处的申请");
        send("supervisor@gongkai.example", "【已超期】督查提醒");
        send("zhaomin@example.com", "关于您的咨询的答复（赵敏的私人邮件）");
        Consultation sme = consultations.submit(Map.of("channel", "ONLINE", "name", "赵敏", "contactEmail", "zhaomin@example.com",
                "subject", "中小企业专项资金", "question", "何时申报？"));
        consultations.route(sme.id(), "sme");
        consultation = sme.trackingCode();
    }

    void send(String to, String subject) throws Exception {
        var message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom("gongkai-noreply@gongkai.example");
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText("正文");
        mail.send(message);
    }

    static MockHttpServletRequestBuilder as(String user, String password, String path) {
        return get(path).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDivisionHeadSeesOnlyMailsToThemselves() throws Exception {
        mvc.perform(as("policy-head", "demo", "/staff/mailbox")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("政策法规处的申请")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("督查提醒"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("赵敏"))));
    }

    @Test
    void anAdministratorSeesTheWholeMailbox() throws Exception {
        mvc.perform(as("admin", "admin", "/staff/mailbox")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("政策法规处的申请")))
                .andExpect(content().string(Matchers.containsString("赵敏的私人邮件")));
    }

    @Test
    void aConsultationsMailLogOpensOnlyForItsDivisionAndTheAgencyWideOffices() throws Exception {
        String path = "/staff/reminders?matter=consultation:" + consultation;
        mvc.perform(as("policy-staff", "demo", path)).andExpect(status().isForbidden());
        mvc.perform(as("sme-staff", "demo", path)).andExpect(status().isOk());
        mvc.perform(as("disclosure", "demo", path)).andExpect(status().isOk());
        mvc.perform(as("sme-staff", "demo", "/staff/reminders?matter=consultation:ZX2026-AAAA-BBBB-CCCC"))
                .andExpect(status().isNotFound());
    }
}
