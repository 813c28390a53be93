package cn.gongkai.escalation;

import cn.gongkai.process.TaskDriver;
import cn.gongkai.correction.CorrectionProcess;
import static cn.gongkai.escalation.DeadlineRemindersProcess.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import cn.gongkai.proactive.ProactiveDisclosure;
import cn.gongkai.proactive.ProactiveDrafts;
import cn.gongkai.request.Outcome;
import cn.gongkai.request.RequestDriver;
import cn.gongkai.request.RequestIntake;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The escalation ladder end to end: the engine clock moved across holidays, jobs run by the test,
 * mails received by a real SMTP server (GreenMail) on the port the test profile configures.
 * All times are 09:00 in Shanghai (01:00Z), when rungs go out.
 */
@GongkaiTest
class DeadlineRemindersTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static final List<String> POLICY = List.of("policy-head@gongkai.example", "policy-liaison@gongkai.example",
            "policy-reviewer@gongkai.example", "policy-staff@gongkai.example");

    @Autowired
    ProcessEngine engine;
    @Autowired
    RequestIntake intake;
    @Autowired
    ReminderMails log;
    @Autowired
    ReminderService reminders;
    @Autowired
    MockMvc mvc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    IdentityService identity;

    RuntimeService runtime;
    ManagementService management;
    RequestDriver driver;
    Set<String> seen;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        runtime = engine.getRuntimeService();
        management = engine.getManagementService();
        driver = new RequestDriver(engine, intake);
        seen = new HashSet<>();
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    static void at(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }

    @Test
    void walksTheLadderAcrossMidAutumnAndNationalDay() {
        at("2026-09-14T02:00:00Z");
        ProcessInstance pi = driver.register("IN_PERSON", "2026-09-14", "2025年度工业和信息化专项资金分配结果");
        driver.assign(pi, "policy");
        Matter matter = Matter.request(pi.getBusinessKey());
        runReminders(matter);
        // received Mon 09-14; 20 working days: 15-18 (4), Sun 20 make-up (5), 21-24 (9), Mid-Autumn 25-27,
        // 28-30 (12), National Day 1-7, 8-9 (14), Sat 10 make-up (15), 12-16 (20): due Fri 10-16.
        // 5 working days before it: 15, 14, 13, 12 and the make-up Saturday 10-10.
        assertThat(nextReminderAt(matter, WatchedClock.REPLY)).isEqualTo("2026-10-10T01:00:00Z");
        assertThat(watch(matter, WatchedClock.SUPPLEMENT_NOTICE)).as("the review is done: no 补正 reminders").isNull();
        assertThat(received()).isEmpty();

        at("2026-10-09T23:59:00Z");
        runReminders(matter);
        assertThat(received()).as("not before 09:00").isEmpty();

        at("2026-10-10T01:00:00Z");
        runReminders(matter);
        List<Mail> first = received();
        assertThat(first).extracting(Mail::to).containsExactlyInAnyOrderElementsOf(POLICY);
        Mail one = first.get(0);
        assertThat(one.subject()).isEqualTo("【期限提醒】申请 " + matter.id() + " 答复期限还剩 5 个工作日（2026年10月16日（星期五）到期）");
        String draftTask = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        assertThat(one.body())
                .contains("「2025年度工业和信息化专项资金分配结果」的答复期限将于 2026年10月16日（星期五） 届满，还剩 5 个工作日")
                .contains("您是本事项的经办人")
                .contains("期限至 2026-10-16")
                .contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + draftTask)
                .contains("http://localhost:8080/staff/requests/" + matter.id());
        assertThat(nextReminderAt(matter, WatchedClock.REPLY)).isEqualTo("2026-10-14T01:00:00Z");

        at("2026-10-14T01:00:00Z");
        runReminders(matter);
        assertThat(received()).extracting(Mail::to).as("the division head is a holder too: once each")
                .containsExactlyInAnyOrderElementsOf(POLICY);

        at("2026-10-16T01:00:00Z");
        runReminders(matter);
        List<Mail> dueDay = received();
        assertThat(dueDay).extracting(Mail::to).containsExactlyInAnyOrderElementsOf(with(POLICY, "disclosure-head@gongkai.example"));
        assertThat(dueDay.get(0).subject()).isEqualTo("【今日到期】申请 " + matter.id() + " 答复期限今日届满（2026年10月16日（星期五））");

        at("2026-10-17T01:00:00Z");
        runReminders(matter);
        assertThat(received()).as("Saturday 10-17 is no working day").isEmpty();
        assertThat(nextReminderAt(matter, WatchedClock.REPLY)).isEqualTo("2026-10-19T01:00:00Z");

        at("2026-10-19T01:00:00Z");
        runReminders(matter);
        List<Mail> overdue = received();
        assertThat(overdue).extracting(Mail::to).containsExactlyInAnyOrderElementsOf(
                with(POLICY, "disclosure-head@gongkai.example", "supervisor@gongkai.example"));
        assertThat(overdue.get(0).subject()).isEqualTo("【已超期】申请 " + matter.id() + " 答复期限已超期 1 个工作日（2026年10月16日（星期五）届满）");
        Mail toSupervisor = overdue.stream().filter(m -> m.to().startsWith("supervisor")).findFirst().orElseThrow();
        assertThat(toSupervisor.body()).contains("您是本事项的督查人员").contains("至今超期 1 个工作日");

        at("2026-10-20T01:00:00Z");
        runReminders(matter);
        List<Mail> again = received();
        assertThat(again).hasSize(6);
        assertThat(again.get(0).subject()).contains("已超期 2 个工作日");

        // running the jobs again changes nothing; the log holds every mail once
        runReminders(matter);
        assertThat(received()).isEmpty();
        assertThat(log.forMatter(matter)).hasSize(4 + 4 + 5 + 6 + 6)
                .allSatisfy(m -> assertThat(m.status()).isEqualTo(ReminderMail.Status.SENT));
    }

    @Test
    void aMatterRegisteredLateGetsWhatIsDueNowNotAFloodOfStaleMails() {
        at("2026-10-15T02:00:00Z");
        ProcessInstance pi = driver.register("REGISTERED_MAIL", "2026-09-14", "逾期登记的申请");
        driver.assign(pi, "policy");
        Matter matter = Matter.request(pi.getBusinessKey());
        runReminders(matter);
        // due Fri 10-16; on Thu 10-15 the rungs of 10-10 and 10-14 have passed: only the latest goes out
        List<Mail> now = received();
        assertThat(now).extracting(Mail::to).containsExactlyInAnyOrderElementsOf(POLICY);
        assertThat(now).allSatisfy(m -> assertThat(m.subject()).contains("还剩 2 个工作日"));
        assertThat(nextReminderAt(matter, WatchedClock.REPLY)).isEqualTo("2026-10-16T01:00:00Z");
    }

    @Test
    void aLetterFoundInADrawerIsRegisteredWithItsTrueDateAndSupervisorsAreToldAtOnce() {
        at("2026-11-30T02:00:00Z");
        // received Mon 06-01, found half a year later: registered with its true date, no age limit
        ProcessInstance pi = driver.register("REGISTERED_MAIL", "2026-06-01", "在抽屉里发现的申请");
        Matter matter = Matter.request(pi.getBusinessKey());
        runReminders(matter);
        List<Mail> now = received();
        assertThat(now).extracting(Mail::to).contains("supervisor@gongkai.example", "disclosure-head@gongkai.example");
        assertThat(now).filteredOn(m -> m.to().equals("supervisor@gongkai.example")).first()
                .satisfies(m -> assertThat(m.subject()).contains("已超期"));
        // 20 WD after Mon 06-01: 2-5 (4), 8-12 (9), 15-18 (13; 端午 19-21), 22-26 (18), 29-30 (20) → Tue 06-30
        assertThat(runtime.getVariable(pi.getId(), "replyDueOn")).isEqualTo("2026-06-30");
        assertThat((String) runtime.getVariable(pi.getId(), "replyClock")).contains("尚未答复，已超过答复期限");
    }

    @Test
    void theSupplementNoticeClockRemindsTheOfficeUntilTheReviewIsDone() {
        at("2026-11-02T02:00:00Z");
        ProcessInstance pi = driver.register("IN_PERSON", "2026-11-02", "某企业的技术改造项目备案材料");
        Matter matter = Matter.request(pi.getBusinessKey());
        runReminders(matter);
        // 补正 notice due 7 working days after Mon 11-02: Wed 11-11; 5 before it: Wed 11-04
        assertThat(nextReminderAt(matter, WatchedClock.SUPPLEMENT_NOTICE)).isEqualTo("2026-11-04T01:00:00Z");

        at("2026-11-04T01:00:00Z");
        runReminders(matter);
        List<Mail> mails = received();
        assertThat(mails).extracting(Mail::to)
                .containsExactlyInAnyOrder("disclosure@gongkai.example", "disclosure-head@gongkai.example");
        assertThat(mails.get(0).subject()).isEqualTo(
                "【期限提醒】申请 " + matter.id() + " 补正告知期限还剩 5 个工作日（2026年11月11日（星期三）到期）");

        at("2026-11-05T02:00:00Z");
        driver.assign(pi, "policy");
        runReminders(matter);
        assertThat(watch(matter, WatchedClock.SUPPLEMENT_NOTICE)).isNull();
        assertThat(ended(matter, WatchedClock.SUPPLEMENT_NOTICE)).isTrue();
        at("2026-11-09T01:00:00Z");
        runReminders(matter);
        assertThat(received()).isEmpty();
    }

    @Test
    void anExtensionMovesEveryPendingReminder() {
        at("2026-11-02T02:00:00Z");
        ProcessInstance pi = onlineAndAssignedToPolicy("2020年至2025年的项目审批文件");
        Matter matter = Matter.request(pi.getBusinessKey());
        runReminders(matter);
        // due Mon 11-30; 5 working days before: Mon 11-23
        assertThat(nextReminderAt(matter, WatchedClock.REPLY)).isEqualTo("2026-11-23T01:00:00Z");

        // Fri 11-20, 10:00: the watch has read its clock this morning; its timer waits for tomorrow's recheck
        at("2026-11-20T02:00:00Z");
        runReminders(matter);
        assertThat(timer(matter, WatchedClock.REPLY).getDuedate().toInstant()).hasToString("2026-11-21T00:30:00Z");
        extendBy20WorkingDays(pi);
        assertThat(timer(matter, WatchedClock.REPLY).getDuedate().toInstant()).as("the change brings the timer forward to now")
                .hasToString("2026-11-20T02:00:00Z");
        runReminders(matter);
        // extended to Mon 12-28; 5 working days before: Mon 12-21
        assertThat(nextReminderAt(matter, WatchedClock.REPLY)).isEqualTo("2026-12-21T01:00:00Z");

        at("2026-11-23T01:00:00Z");
        runReminders(matter);
        assertThat(received()).as("the old rung is gone").isEmpty();
    }

    /**
     * A change leaves a timer that is due already alone (it runs, or is running, and plans again
     * anyway): moving it would race the job executor's transaction and could fail the staff member's.
     */
    @Test
    void aChangeLeavesATimerThatIsDueAloneAndItsRunPlansAgain() {
        at("2026-11-02T02:00:00Z");
        ProcessInstance pi = onlineAndAssignedToPolicy("到期定时器与期限变化");
        Matter matter = Matter.request(pi.getBusinessKey());
        runReminders(matter);
        Job timer = timer(matter, WatchedClock.REPLY);
        assertThat(timer.getDuedate().toInstant()).hasToString("2026-11-03T00:30:00Z");

        at("2026-11-20T02:00:00Z");
        extendBy20WorkingDays(pi);
        assertThat(timer(matter, WatchedClock.REPLY).getDuedate()).as("not moved").isEqualTo(timer.getDuedate());
        runReminders(matter);
        assertThat(nextReminderAt(matter, WatchedClock.REPLY)).isEqualTo("2026-12-21T01:00:00Z");
    }

    @Test
    void aConsultationPausesTheReplyRemindersAndHasItsOwn() {
        at("2026-11-02T02:00:00Z");
        ProcessInstance pi = driver.register("IN_PERSON", "2026-11-02", "名单中的企业信息");
        driver.assign(pi, "policy");
        Matter matter = Matter.request(pi.getBusinessKey());
        at("2026-11-05T02:00:00Z");
        driver.submit(pi, "policy-liaison", Map.of("thirdPartyConsultation", true, "consultationKind", "THIRD_PARTY",
                "consultationParty", "某某科技股份有限公司", "consultationMatters", "是否涉及商业秘密"));
        driver.submit(pi, "policy-liaison", Map.of("consultationSentOn", "2026-11-04", "consultationDeliveredOn", "2026-11-05"));
        runReminders(matter);
        assertThat(step(matter, WatchedClock.REPLY)).as("the reply clock is paused").isEqualTo(ReminderPlan.Step.WAIT.name());
        assertThat(timer(matter, WatchedClock.REPLY).getDuedate().toInstant()).as("only the morning recheck")
                .hasToString("2026-11-06T00:30:00Z");
        // the party has 15 working days from Thu 11-05: 6, 9-13, 16-20, 23-26 -> Thu 11-26; 5 before: Thu 11-19
        assertThat(nextReminderAt(matter, WatchedClock.CONSULTATION)).isEqualTo("2026-11-19T01:00:00Z");

        at("2026-11-19T01:00:00Z");
        runReminders(matter);
        List<Mail> mails = received();
        assertThat(mails).extracting(Mail::to).containsExactlyInAnyOrderElementsOf(POLICY);
        assertThat(mails.get(0).subject()).contains("征求意见期限还剩 5 个工作日（2026年11月26日（星期四）到期）");

        driver.submit(pi, "policy-liaison", Map.of("consultationResult", "AGREED", "consultationOpinion", "同意公开",
                "consultationRepliedOn", "2026-11-19"));
        runReminders(matter);
        assertThat(awaitsNoRung(matter, WatchedClock.CONSULTATION)).as("the consultation is over").isTrue();
        // paused (11-04, 11-19] = 11 working days: 11-30 moves to Tue 12-15; 5 before: Tue 12-08
        assertThat(nextReminderAt(matter, WatchedClock.REPLY)).isEqualTo("2026-12-08T01:00:00Z");
    }

    @Test
    void aWatchThatMissedAChangeIsBackOnItsLadderAfterTheMorningRecheck() {
        at("2026-11-02T02:00:00Z");
        ProcessInstance pi = onlineAndAssignedToPolicy("复核的测试申请");
        Matter matter = Matter.request(pi.getBusinessKey());
        at("2026-11-20T02:00:00Z");
        runReminders(matter);
        assertThat(nextReminderAt(matter, WatchedClock.REPLY)).isEqualTo("2026-11-23T01:00:00Z");

        // an extension commits while the watch is planning: the change finds no timer to bring forward,
        // and the timer the watch then sets waits for tomorrow's recheck
        Job timer = timer(matter, WatchedClock.REPLY);
        extendBy20WorkingDays(pi);
        management.setJobDuedate(timer.getId(), timer.getDuedate());
        runReminders(matter);
        assertThat(nextReminderAt(matter, WatchedClock.REPLY)).as("the change went unseen").isEqualTo("2026-11-23T01:00:00Z");

        // Sat 11-21 at 08:30 it reads its clock again: extended to Mon 12-28; 5 working days before: Mon 12-21
        at("2026-11-21T00:29:00Z");
        runReminders(matter);
        assertThat(nextReminderAt(matter, WatchedClock.REPLY)).isEqualTo("2026-11-23T01:00:00Z");
        at("2026-11-21T00:30:00Z");
        runReminders(matter);
        assertThat(nextReminderAt(matter, WatchedClock.REPLY)).isEqualTo("2026-12-21T01:00:00Z");
        at("2026-11-23T01:00:00Z");
        runReminders(matter);
        assertThat(received()).as("the old rung is gone").isEmpty();
    }

    @Test
    void aClosedMatterStopsItsReminders() {
        at("2026-11-02T02:00:00Z");
        ProcessInstance pi = driver.register("IN_PERSON", "2026-11-02", "本委2025年政府信息公开工作年度报告");
        driver.assign(pi, "policy");
        Matter matter = Matter.request(pi.getBusinessKey());
        runReminders(matter);
        assertThat(watch(matter, WatchedClock.REPLY)).isNotNull();

        driver.draftReply(pi, "policy-liaison", Outcome.DISCLOSED, null);
        driver.signOff(pi, "policy-head");
        driver.serve(pi, "ELECTRONIC", "2026-11-02");
        runReminders(matter);
        assertThat(watch(matter, WatchedClock.REPLY)).isNull();
        assertThat(ended(matter, WatchedClock.REPLY)).isTrue();

        at("2026-12-01T01:00:00Z");
        runReminders(matter);
        assertThat(received()).isEmpty();
        assertThat(log.forMatter(matter)).isEmpty();
    }

    @Test
    void smtpDownMeansRetriesThenAnIncidentAndTheRetryAfterRecoverySendsExactlyOnce() {
        Matter matter = firstReplyRungDue("邮件服务器故障时的提醒");
        String timer = timer(matter, WatchedClock.REPLY).getId();
        smtp.stop();
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(timer)).hasMessageContaining("Mail server connection failed");
            Job job = management.createJobQuery().jobId(timer).singleResult();
            assertThat(job.getRetries()).isEqualTo(3 - attempt);
            // R3/PT5M: the next attempt five minutes later
            assertThat(job.getDuedate()).isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(300)));
        }
        String watch = watch(matter, WatchedClock.REPLY).getId();
        assertThat(runtime.createIncidentQuery().processInstanceId(watch).list()).singleElement().satisfies(incident -> {
            assertThat(incident.getActivityId()).isEqualTo(DeadlineRemindersProcess.TIMER_WAKE);
            assertThat(incident.getIncidentMessage()).contains("Mail server connection failed")
                    .contains("policy-head", "policy-liaison", "policy-reviewer", "policy-staff");
        });
        assertThat(log.forMatter(matter)).as("a failed mail leaves no record").isEmpty();
        assertThat(engine.getHistoryService().createHistoricJobLogQuery().jobId(timer).failureLog().count())
                .as("a watch's failed attempts stay in the job log").isEqualTo(3);

        // the operator fixes the server and retries the incident in Cockpit
        smtp.start();
        management.setJobRetries(timer, 1);
        management.executeJob(timer);
        assertThat(received()).extracting(Mail::to).containsExactlyInAnyOrderElementsOf(POLICY);
        assertThat(runtime.createIncidentQuery().processInstanceId(watch).count()).isZero();
        runReminders(matter);
        assertThat(nextReminderAt(matter, WatchedClock.REPLY)).isEqualTo("2026-11-26T01:00:00Z");

        // the same rung run again (a duplicated job, a second node) sends nothing
        assertThat(reminders.sendRung(matter, WatchedClock.REPLY, -5, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30)))
                .hasValueSatisfying(people -> assertThat(people).hasSize(4));
        runReminders(matter);
        assertThat(received()).isEmpty();
        assertThat(log.forMatter(matter)).hasSize(4).allSatisfy(m -> assertThat(m.status()).isEqualTo(ReminderMail.Status.SENT));
    }

    /**
     * One person's mail that cannot go out does not hold back the others, and a retry sends only what
     * is missing: each mail is recorded and sent in a transaction of its own.
     */
    @Test
    void onePersonsBrokenAddressHoldsBackNobodyAndTheRetrySendsOnlyTheirs() {
        User reviewer = identity.createUserQuery().userId("policy-reviewer").singleResult();
        String address = reviewer.getEmail();
        reviewer.setEmail("policy-reviewer@@gongkai.example");
        identity.saveUser(reviewer);
        try {
            Matter matter = firstReplyRungDue("收件地址有误时的提醒");
            String timer = timer(matter, WatchedClock.REPLY).getId();
            assertThatThrownBy(() -> management.executeJob(timer)).hasMessageContaining("not sent to policy-reviewer");
            assertThat(received()).extracting(Mail::to).containsExactlyInAnyOrder("policy-head@gongkai.example",
                    "policy-liaison@gongkai.example", "policy-staff@gongkai.example");
            assertThatThrownBy(() -> management.executeJob(timer)).hasMessageContaining("not sent to policy-reviewer");
            assertThat(received()).as("the retry sends nothing twice").isEmpty();

            // the administrator mends the address; the job's next attempt sends the last mail
            reviewer.setEmail(address);
            identity.saveUser(reviewer);
            management.executeJob(timer);
            assertThat(received()).extracting(Mail::to).containsExactly("policy-reviewer@gongkai.example");
            assertThat(log.forMatter(matter)).hasSize(4);
            assertThat(nextReminderAt(matter, WatchedClock.REPLY)).isEqualTo("2026-11-26T01:00:00Z");
        } finally {
            reviewer.setEmail(address);
            identity.saveUser(reviewer);
        }
    }

    /**
     * The job's own transaction fails after the mails went out (a conflict with a change of the
     * matter at that moment, a node killed): the mails stay recorded, and the job's next run sends
     * none of them again.
     */
    @Test
    void mailsAcceptedByTheServerStayRecordedWhenTheJobIsRolledBack() {
        Matter matter = firstReplyRungDue("作业回滚时的提醒");
        String timer = timer(matter, WatchedClock.REPLY).getId();
        transactions.executeWithoutResult(tx -> {
            management.executeJob(timer);
            tx.setRollbackOnly();
        });
        assertThat(received()).extracting(Mail::to).containsExactlyInAnyOrderElementsOf(POLICY);
        assertThat(management.createJobQuery().jobId(timer).count()).as("the job is back").isOne();

        management.executeJob(timer);
        assertThat(received()).isEmpty();
        assertThat(log.forMatter(matter)).hasSize(4).allSatisfy(m -> assertThat(m.status()).isEqualTo(ReminderMail.Status.SENT));
        assertThat(nextReminderAt(matter, WatchedClock.REPLY)).isEqualTo("2026-11-26T01:00:00Z");
    }

    /**
     * A watch started under version 1.0 (recipients named first, then a send job per person) keeps
     * running on it after the upgrade, and sends each mail once.
     */
    @Test
    void aWatchStartedOnTheReleasedVersionStillSendsAfterTheUpgrade() {
        var repository = engine.getRepositoryService();
        String released = deployReleased("1.0");
        try {
            Matter matter = firstReplyRungDue("升级前开始看守的期限");
            ProcessInstance watch = watch(matter, WatchedClock.REPLY);
            assertThat(repository.getProcessDefinition(watch.getProcessDefinitionId()).getVersionTag()).isEqualTo("1.0");
            runReminders(matter);
            assertThat(received()).extracting(Mail::to).containsExactlyInAnyOrderElementsOf(POLICY);
            assertThat(repository.getProcessDefinition(watch(matter, WatchedClock.REPLY).getProcessDefinitionId())
                    .getVersionTag()).as("the rung was sent by 1.0, a job per person").isEqualTo("1.0");
            assertThat(nextReminderAt(matter, WatchedClock.REPLY)).isEqualTo("2026-11-26T01:00:00Z");
            assertThat(log.forMatter(matter)).hasSize(4);
        } finally {
            repository.deleteDeployment(released, true);
        }
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion()
                .singleResult().getVersionTag()).isEqualTo("1.2");
    }

    /**
     * A watch started under version 1.1 waits for a message beside its two timers; after the upgrade
     * to 1.2 (one timer, brought forward by a change) a change of its clock still reaches it.
     */
    @Test
    void aWatchStartedOnVersionOneOneIsStillToldOfAChange() {
        var repository = engine.getRepositoryService();
        String released = deployReleased("1.1");
        try {
            at("2026-11-02T02:00:00Z");
            ProcessInstance pi = onlineAndAssignedToPolicy("升级前开始看守、其后延期的申请");
            Matter matter = Matter.request(pi.getBusinessKey());
            at("2026-11-20T02:00:00Z");
            runReminders(matter);
            assertThat(nextReminderAt(matter, WatchedClock.REPLY)).isEqualTo("2026-11-23T01:00:00Z");
            ProcessInstance watch = watch(matter, WatchedClock.REPLY);
            assertThat(repository.getProcessDefinition(watch.getProcessDefinitionId()).getVersionTag()).isEqualTo("1.1");

            extendBy20WorkingDays(pi);
            runReminders(matter);
            assertThat(nextReminderAt(matter, WatchedClock.REPLY)).as("told by its message").isEqualTo("2026-12-21T01:00:00Z");
            assertThat(repository.getProcessDefinition(watch(matter, WatchedClock.REPLY).getProcessDefinitionId())
                    .getVersionTag()).isEqualTo("1.1");

            at("2026-12-21T01:00:00Z");
            runReminders(matter);
            assertThat(log.forMatter(matter)).filteredOn(mail -> mail.clock() == WatchedClock.REPLY).isNotEmpty()
                    .allSatisfy(mail -> assertThat(mail.occurrenceOn()).isEqualTo("2026-12-21"));
        } finally {
            repository.deleteDeployment(released, true);
        }
    }

    /** Deploys a released version of the watch (from src/test/resources/released): new watches start on it. */
    String deployReleased(String version) {
        return engine.getRepositoryService().createDeployment().name("released deadline-reminders " + version)
                .addInputStream("deadline-reminders.bpmn",
                        getClass().getResourceAsStream("/released/deadline-reminders-" + version + ".bpmn"))
                .deploy().getId();
    }

    /** An application submitted online now, confirmed and assigned to 政策法规处. */
    ProcessInstance onlineAndAssignedToPolicy(String description) {
        ProcessInstance pi = driver.submitOnline(description);
        driver.confirm(pi);
        driver.assign(pi, "policy");
        return pi;
    }

    /** The reply period extended by 20 working days, asked for by 政策法规处 and approved. */
    void extendBy20WorkingDays(ProcessInstance pi) {
        driver.submit(pi, "policy-liaison", Map.of("extensionRequested", true, "extensionWorkingDays", 20,
                "extensionReason", "申请公开的信息涉及多个年度、数量较大，需要调档核对"));
        driver.decide(pi, "disclosure-head", true, "同意延期");
    }

    /**
     * An application received on Mon 2026-11-02 and assigned to 政策法规处; its reply is due Mon 11-30,
     * and the rung five working days before it (Mon 11-23, 09:00) has come: its timer is due.
     */
    Matter firstReplyRungDue(String description) {
        at("2026-11-02T02:00:00Z");
        ProcessInstance pi = driver.register("IN_PERSON", "2026-11-02", description);
        driver.assign(pi, "policy");
        Matter matter = Matter.request(pi.getBusinessKey());
        runReminders(matter);
        at("2026-11-23T01:00:00Z");
        return matter;
    }

    /**
     * History level {@value WatchHistory#NAME}: a watch's steps (activities, variables, jobs that
     * succeed) leave no history rows — the mail log is their record — while the watch's start and the
     * application's own steps keep the full audit trail.
     */
    @Test
    void aWatchLeavesItsStartAndItsMailsButNotItsStepsInTheHistory() {
        Matter matter = firstReplyRungDue("看守的历史");
        runReminders(matter);
        assertThat(received()).hasSize(4);
        var history = engine.getHistoryService();
        String watch = watch(matter, WatchedClock.REPLY).getId();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(watch).count()).isEqualTo(1);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(watch).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(watch).count()).isZero();
        assertThat(history.createHistoricDetailQuery().processInstanceId(watch).count()).isZero();
        assertThat(history.createHistoricJobLogQuery().processInstanceId(watch).count()).isZero();
        assertThat(log.forMatter(matter)).hasSize(4);

        String application = runtime.createProcessInstanceQuery().processInstanceBusinessKey(matter.id()).singleResult().getId();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(application).count()).isPositive();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(application).count()).isPositive();
        assertThat(history.createHistoricDetailQuery().processInstanceId(application).variableUpdates().count()).isPositive();
        assertThat(history.createHistoricJobLogQuery().processInstanceId(application).count()).isPositive();
    }

    @Test
    void aProactiveItemIsRemindedUntilItIsPublished() {
        ProactiveDrafts drafts = new ProactiveDrafts(engine);
        at("2026-11-02T02:00:00Z");
        ProcessInstance pi = drafts.start("关于促进中小企业发展的若干措施", "2026-11-02");
        Matter matter = Matter.proactive(pi.getId());
        runReminders(matter);
        // formed Mon 11-02: publish within 20 working days, by Mon 11-30; 5 before: Mon 11-23
        assertThat(nextReminderAt(matter, WatchedClock.PUBLICATION)).isEqualTo("2026-11-23T01:00:00Z");

        at("2026-11-23T01:00:00Z");
        runReminders(matter);
        List<Mail> mails = received();
        assertThat(mails).extracting(Mail::to).as("the head review task is with the division head")
                .containsExactly("policy-head@gongkai.example");
        assertThat(mails.get(0).subject()).isEqualTo(
                "【期限提醒】主动公开事项 主动公开期限还剩 5 个工作日（2026年11月30日（星期一）到期）");
        assertThat(mails.get(0).body()).contains("「关于促进中小企业发展的若干措施」");

        drafts.approveAll(pi);
        BpmnAwareTests.execute(BpmnAwareTests.job(ProactiveDisclosure.SERVICE_PUBLISH_ITEM, pi));
        BpmnAwareTests.assertThat(pi).isEnded();
        runReminders(matter);
        assertThat(watch(matter, WatchedClock.PUBLICATION)).isNull();
        assertThat(ended(matter, WatchedClock.PUBLICATION)).isTrue();
    }

    @Test
    void aRequestToCorrectARecordIsRemindedUntilItsReplyIsIssued() {
        at("2026-11-02T02:00:00Z");
        TaskDriver tasks = new TaskDriver(engine);
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(CorrectionProcess.KEY).latestVersion().singleResult().getId();
        ProcessInstance pi = tasks.as().call("disclosure", () -> engine.getFormService().submitStartForm(definition, Map.of(
                "channel", "REGISTERED_MAIL", "receivedOn", "2026-10-30", "applicantName", "某某科技有限公司",
                "contactPhone", "0991-1234567", "record", "第3号公告所列本公司统一社会信用代码",
                "requestedCorrection", "应为 91650100MA78XXXXXX", "evidence", "营业执照复印件")));
        Matter matter = Matter.correction(pi.getBusinessKey());
        runReminders(matter);
        // received Fri 10-30, due Fri 11-27; 5 working days before: Fri 11-20
        assertThat(nextReminderAt(matter, WatchedClock.CORRECTION_REPLY)).isEqualTo("2026-11-20T01:00:00Z");
        tasks.submit(pi, "disclosure", Map.of("correctionRoute", "DIVISION", "division", "policy"));

        at("2026-11-20T01:00:00Z");
        runReminders(matter);
        List<Mail> mails = received();
        assertThat(mails).extracting(Mail::to).as("the verification is with the division that keeps the record")
                .contains("policy-staff@gongkai.example");
        assertThat(mails.get(0).subject()).isEqualTo(
                "【期限提醒】更正申请 " + matter.id() + " 更正答复期限还剩 5 个工作日（2026年11月27日（星期五）到期）");
        assertThat(mails.get(0).body()).contains("第3号公告所列本公司统一社会信用代码");

        tasks.submit(pi, "policy-staff", Map.of("verified", true, "findings", "已更正"));
        tasks.submit(pi, "policy-head", Map.of("approved", true, "comment", "同意"));
        runReminders(matter);
        assertThat(watch(matter, WatchedClock.CORRECTION_REPLY)).as("the reply ends the reminders").isNull();
        assertThat(ended(matter, WatchedClock.CORRECTION_REPLY)).isTrue();
    }

    @Test
    void theMailLogIsShownOnTheMatterAndEachPersonSeesTheirOwn() throws Exception {
        at("2026-10-15T02:00:00Z");
        ProcessInstance pi = driver.register("REGISTERED_MAIL", "2026-09-14", "邮件日志的展示");
        driver.assign(pi, "policy");
        Matter matter = Matter.request(pi.getBusinessKey());
        runReminders(matter);
        assertThat(received()).hasSize(4);

        String file = page("/staff/requests/" + matter.id(), "disclosure", 200);
        assertThat(file).contains("期限提醒邮件").contains("答复期限 2026-10-16").contains("还剩 2 个工作日")
                .contains("policy-liaison@gongkai.example").contains("已发送");
        assertThat(page("/staff/reminders?matter=" + matter.key(), "policy-staff", 200)).contains("policy-head@gongkai.example");
        page("/staff/reminders?matter=" + matter.key(), "sme-staff", 403);
        page("/staff/reminders?matter=nonsense", "supervisor", 400);
        String own = page("/staff/reminders", "policy-reviewer", 200);
        assertThat(own).contains("最近发给您的提醒邮件").contains("policy-reviewer@gongkai.example")
                .doesNotContain("policy-head@gongkai.example");
        assertThat(page("/staff/reminders", "supervisor", 200)).contains("最近发出的全部提醒邮件")
                .contains("policy-head@gongkai.example");
        mvc.perform(get("/staff/reminders")).andExpect(status().isUnauthorized());
        page("/staff/mailbox", "supervisor", 404);
    }

    String page(String path, String user, int status) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return mvc.perform(get(path).header("Authorization", "Basic " + token)).andExpect(status().is(status))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ helpers

    /** A mail as GreenMail received it. */
    record Mail(String to, String subject, String body) {
    }

    /** The mails received since the last call (GreenMail lists them by mailbox, not by arrival). */
    List<Mail> received() {
        List<Mail> mails = new ArrayList<>();
        try {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (!seen.add(m.getMessageID())) {
                    continue;
                }
                for (Address to : m.getAllRecipients()) {
                    mails.add(new Mail(to.toString(), m.getSubject(), String.valueOf(m.getContent()).replace("\r\n", "\n")));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return mails;
    }

    /**
     * Runs the matter's due reminder jobs as the job executor would, the earliest first, one at a
     * time (a due rung and a due recheck of the same watch exclude each other), until none is due.
     */
    void runReminders(Matter matter) {
        for (int round = 0; round < 200; round++) {
            Job next = null;
            for (ProcessInstance watch : watches(matter)) {
                for (Job job : management.createJobQuery().processInstanceId(watch.getId()).executable().list()) {
                    if (next == null || due(job).before(due(next))) {
                        next = job;
                    }
                }
            }
            if (next == null) {
                return;
            }
            management.executeJob(next.getId());
        }
        fail("reminder jobs keep coming for " + matter);
    }

    static Date due(Job job) {
        return job.getDuedate() == null ? new Date(0) : job.getDuedate();
    }

    List<ProcessInstance> watches(Matter matter) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
                .variableValueEquals(DeadlineRemindersProcess.MATTER.name(), matter.key()).list();
    }

    ProcessInstance watch(Matter matter, WatchedClock clock) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(matter.watchKey(clock)).singleResult();
    }

    boolean ended(Matter matter, WatchedClock clock) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(matter.watchKey(clock)).finished().count() == 1;
    }

    /** Whether the watch has ended or waits for a change of its clock, with no rung planned. */
    boolean awaitsNoRung(Matter matter, WatchedClock clock) {
        return watch(matter, clock) == null || !ReminderPlan.Step.SEND.name().equals(step(matter, clock));
    }

    /** What the watch's last plan decided: a {@link ReminderPlan.Step} name. */
    String step(Matter matter, WatchedClock clock) {
        return (String) runtime.getVariable(watch(matter, clock).getId(), DeadlineRemindersProcess.STEP.name());
    }

    /** The watch's one timer (version 1.2). */
    Job timer(Matter matter, WatchedClock clock) {
        ProcessInstance watch = watch(matter, clock);
        return watch == null ? null : management.createJobQuery().processInstanceId(watch.getId())
                .activityId(DeadlineRemindersProcess.TIMER_WAKE).singleResult();
    }

    /**
     * When the watch's next rung goes out, as an ISO instant: the rung its plan awaits, with a timer
     * that fires by then (version 1.2: the rung's own time or an earlier recheck; before: the rung's).
     */
    String nextReminderAt(Matter matter, WatchedClock clock) {
        ProcessInstance watch = watch(matter, clock);
        assertThat(watch).as("watch of " + clock).isNotNull();
        assertThat(runtime.getVariable(watch.getId(), DeadlineRemindersProcess.STEP.name())).as("step of " + clock)
                .isEqualTo(ReminderPlan.Step.SEND.name());
        Date rungAt = (Date) runtime.getVariable(watch.getId(), DeadlineRemindersProcess.NEXT_REMINDER_AT.name());
        assertThat(Stream.of(DeadlineRemindersProcess.TIMER_WAKE, DeadlineRemindersProcess.TIMER_REMINDER_DUE)
                .flatMap(activity -> management.createJobQuery().processInstanceId(watch.getId()).activityId(activity).list()
                        .stream()))
                .as("timer of " + clock).singleElement()
                .satisfies(timer -> assertThat(timer.getDuedate()).as("fires by the rung's time").isBeforeOrEqualTo(rungAt));
        return rungAt.toInstant().toString();
    }

    static List<String> with(List<String> list, String... more) {
        List<String> all = new ArrayList<>(list);
        all.addAll(List.of(more));
        return all;
    }
}
