package cn.gongkai.staff;

import cn.gongkai.correction.CorrectionService;
import cn.gongkai.security.StaffAuthentication;
import cn.gongkai.security.StaffUser;
import cn.gongkai.agency.AgencyGroups;
import cn.gongkai.consultation.ConsultationRepository;
import cn.gongkai.escalation.DemoMailServer;
import cn.gongkai.escalation.Matter;
import cn.gongkai.escalation.ReminderMails;
import cn.gongkai.proactive.ProactiveDisclosure;
import cn.gongkai.request.RequestRepository;
import cn.gongkai.system.AgencyTime;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The escalation mail log for staff (/staff/reminders: one matter's mails for those who may open
 * the matter, or the latest — all of them for the agency-wide groups, one's own for everybody
 * else) and, on the embedded default, the demo mailbox (/staff/mailbox) showing what the
 * in-process SMTP server received: one's own mails, everything for administrators.
 */
@Controller
class RemindersController {

    static final int LIMIT = 200;

    private final StaffAuthentication authentication;
    private final RequestRepository requests;
    private final ReminderMails mails;
    private final ObjectProvider<DemoMailServer> mailServer;
    private final AgencyTime clock;
    private final ConsultationRepository consultations;
    private final CorrectionService corrections;
    private final HistoryService history;
    private final IdentityService identity;

    RemindersController(StaffAuthentication authentication, RequestRepository requests,
            ReminderMails mails, ObjectProvider<DemoMailServer> mailServer, AgencyTime clock,
            ConsultationRepository consultations, CorrectionService corrections, HistoryService history,
            IdentityService identity) {
        this.authentication = authentication;
        this.requests = requests;
        this.mails = mails;
        this.mailServer = mailServer;
        this.clock = clock;
        this.consultations = consultations;
        this.corrections = corrections;
        this.history = history;
        this.identity = identity;
    }

    @GetMapping("/staff/reminders")
    String reminders(@RequestParam(required = false) String matter, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<StaffUser> user = authentication.currentOrChallenge(request, response);
        if (user.isEmpty()) {
            return "staff/denied";
        }
        boolean everyone = user.get().isAgencyWide();
        model.addAttribute("zone", clock.zone());
        model.addAttribute("limit", LIMIT);
        model.addAttribute("everyone", everyone);
        model.addAttribute("mailbox", mailServer.getIfAvailable() != null);
        if (matter == null || matter.isBlank()) {
            model.addAttribute("mails", mails.latest(everyone ? null : user.get().id(), LIMIT));
            return "staff/reminders";
        }
        Matter m;
        try {
            m = Matter.parse(matter.strip());
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("mails", List.of());
            model.addAttribute("matter", "无法识别的事项：" + matter);
            return "staff/reminders";
        }
        Optional<Optional<String>> division = divisionOf(m);
        if (division.isEmpty() || !user.get().mayOpenMatterOf(division.get().orElse(null))) {
            response.setStatus(division.isEmpty() ? HttpStatus.NOT_FOUND.value() : HttpStatus.FORBIDDEN.value());
            return "staff/denied";
        }
        model.addAttribute("matter", m.key());
        model.addAttribute("mails", mails.forMatter(m));
        return "staff/reminders";
    }

    /**
     * The division that handles the matter (empty inside: the agency-wide offices), or empty when
     * there is no such matter.
     */
    private Optional<Optional<String>> divisionOf(Matter m) {
        return switch (m.kind()) {
            case Matter.REQUEST -> requests.findByTrackingCode(m.id()).map(r -> Optional.ofNullable(r.division()));
            case Matter.CONSULTATION -> consultations.findByTrackingCode(m.id()).map(c -> Optional.ofNullable(c.division()));
            case Matter.CORRECTION -> corrections.find(m.id()).map(c -> Optional.ofNullable(c.division()));
            case Matter.PROACTIVE -> Optional.ofNullable(history.createHistoricVariableInstanceQuery().processInstanceId(m.id())
                    .variableName(ProactiveDisclosure.DIVISION.name()).singleResult())
                    .map(v -> Optional.ofNullable((String) v.getValue()));
            default -> Optional.empty();
        };
    }

    /**
     * What the demo SMTP server received: each user sees the mails to their own address, an
     * administrator sees all (the public's mails included).
     */
    @GetMapping("/staff/mailbox")
    String mailbox(HttpServletRequest request, HttpServletResponse response, Model model) {
        DemoMailServer server = mailServer.getIfAvailable();
        if (server == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "演示邮箱未启用（gongkai.demo.mail-server.enabled=false）");
        }
        Optional<StaffUser> user = authentication.currentOrChallenge(request, response);
        if (user.isEmpty()) {
            return "staff/denied";
        }
        boolean all = user.get().inAny(List.of(AgencyGroups.ADMIN));
        User me = identity.createUserQuery().userId(user.get().id()).singleResult();
        String address = me == null || me.getEmail() == null ? null : me.getEmail().toLowerCase(Locale.ROOT);
        model.addAttribute("port", server.port());
        model.addAttribute("all", all);
        model.addAttribute("messages", server.received().stream()
                .filter(mail -> all || (address != null && recipients(mail.to()).contains(address))).toList());
        model.addAttribute("zone", clock.zone());
        return "staff/mailbox";
    }

    private static List<String> recipients(String to) {
        return Arrays.stream(to == null ? new String[0] : to.split(","))
                .map(a -> a.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
