package cn.gongkai.staff;

import cn.gongkai.escalation.DemoMailServer;
import cn.gongkai.escalation.Matter;
import cn.gongkai.escalation.ReminderMails;
import cn.gongkai.request.DisclosureRequest;
import cn.gongkai.request.RequestRepository;
import cn.gongkai.system.AgencyClock;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The escalation mail log for staff (/staff/reminders: one matter's mails, or the latest — all of
 * them for the agency-wide groups, one's own for everybody else) and, on the embedded default,
 * the demo mailbox (/staff/mailbox) showing what the in-process SMTP server received.
 */
@Controller
class RemindersController {

    static final int LIMIT = 200;

    private final StaffAuthentication authentication;
    private final RequestFiles files;
    private final RequestRepository requests;
    private final ReminderMails mails;
    private final ObjectProvider<DemoMailServer> mailServer;
    private final AgencyClock clock;

    RemindersController(StaffAuthentication authentication, RequestFiles files, RequestRepository requests,
            ReminderMails mails, ObjectProvider<DemoMailServer> mailServer, AgencyClock clock) {
        this.authentication = authentication;
        this.files = files;
        this.requests = requests;
        this.mails = mails;
        this.mailServer = mailServer;
        this.clock = clock;
    }

    @GetMapping("/staff/reminders")
    String reminders(@RequestParam(required = false) String matter, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<StaffUser> user = authentication.current(request);
        if (user.isEmpty()) {
            return unauthorized(response);
        }
        boolean everyone = user.get().inAny(RequestFiles.AGENCY_WIDE);
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
        if (Matter.REQUEST.equals(m.kind())) {
            Optional<DisclosureRequest> r = requests.findByTrackingCode(m.id());
            if (r.isEmpty() || !files.mayOpen(user.get(), r.get())) {
                response.setStatus(r.isEmpty() ? HttpStatus.NOT_FOUND.value() : HttpStatus.FORBIDDEN.value());
                return "staff/denied";
            }
        }
        model.addAttribute("matter", m.key());
        model.addAttribute("mails", mails.forMatter(m));
        return "staff/reminders";
    }

    @GetMapping("/staff/mailbox")
    String mailbox(HttpServletRequest request, HttpServletResponse response, Model model) {
        DemoMailServer server = mailServer.getIfAvailable();
        if (server == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "演示邮箱未启用（gongkai.demo.mail-server.enabled=false）");
        }
        if (authentication.current(request).isEmpty()) {
            return unauthorized(response);
        }
        model.addAttribute("port", server.port());
        model.addAttribute("messages", server.received());
        model.addAttribute("zone", clock.zone());
        return "staff/mailbox";
    }

    private static String unauthorized(HttpServletResponse response) {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Gongkai staff\", charset=\"UTF-8\"");
        return "staff/denied";
    }
}
