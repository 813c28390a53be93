package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.END_REPLIED;
import static cn.gongkai.request.DisclosureRequestProcess.USER_CONFIRM_APPLICATION;
import static cn.gongkai.request.DisclosureRequestProcess.USER_DRAFT_REPLY;
import static cn.gongkai.request.DisclosureRequestProcess.USER_HANDLER_HEAD_REVIEW;
import static cn.gongkai.request.DisclosureRequestProcess.USER_LEADERSHIP_SIGNOFF;
import static cn.gongkai.request.DisclosureRequestProcess.USER_RECORD_DELIVERY;
import static cn.gongkai.request.DisclosureRequestProcess.USER_REPLY_CONFIDENTIALITY_REVIEW;
import static cn.gongkai.request.DisclosureRequestProcess.USER_REVIEW_APPLICATION;
import static cn.gongkai.request.DisclosureRequestProcess.END_CONSULTATION_REMINDED;
import static cn.gongkai.request.DisclosureRequestProcess.END_NOT_ACCEPTED;
import static cn.gongkai.request.DisclosureRequestProcess.SERVICE_CHECK_REPLY_DEADLINE;
import static cn.gongkai.request.DisclosureRequestProcess.SERVICE_CLOSE_CONSULTATION_UNANSWERED;
import static cn.gongkai.request.DisclosureRequestProcess.SERVICE_RECORD_FEE_UNPAID;
import static cn.gongkai.request.DisclosureRequestProcess.SERVICE_RECORD_SUPPLEMENT_OVERDUE;
import static cn.gongkai.request.DisclosureRequestProcess.TIMER_CONSULTATION_DUE;
import static cn.gongkai.request.DisclosureRequestProcess.TIMER_CONSULTATION_REMINDER;
import static cn.gongkai.request.DisclosureRequestProcess.TIMER_FEE_DUE;
import static cn.gongkai.request.DisclosureRequestProcess.TIMER_SUPPLEMENT_DUE;
import static cn.gongkai.request.DisclosureRequestProcess.USER_APPROVE_EXTENSION;
import static cn.gongkai.request.DisclosureRequestProcess.USER_RECORD_CONSULTATION_REPLY;
import static cn.gongkai.request.DisclosureRequestProcess.USER_RECORD_FEE_PAYMENT;
import static cn.gongkai.request.DisclosureRequestProcess.USER_RECORD_SUPPLEMENT;
import static cn.gongkai.request.DisclosureRequestProcess.USER_SEND_EXTENSION_NOTICE;
import static cn.gongkai.request.DisclosureRequestProcess.USER_SEND_FEE_NOTICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import cn.gongkai.GongkaiTest;
import cn.gongkai.catalogue.CatalogueItem;
import cn.gongkai.catalogue.CatalogueService;
import cn.gongkai.catalogue.Publication;
import cn.gongkai.clock.ClockEvent;
import cn.gongkai.clock.ClockEventType;
import cn.gongkai.clock.ClockLedger;
import cn.gongkai.system.ConflictException;
import cn.gongkai.documents.DocumentKind;
import cn.gongkai.documents.StoredDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per path of {@code disclosure-request}; jobs and timers are run by the tests. */
@GongkaiTest
class DisclosureRequestProcessTest {

    /** 10:00 on Monday 2026-11-02 in Shanghai. */
    static final Instant MONDAY = Instant.parse("2026-11-02T02:00:00Z");

    @Autowired
    ProcessEngine engine;
    @Autowired
    RequestIntake intake;
    @Autowired
    RequestRepository requests;
    @Autowired
    ClockLedger ledger;
    @Autowired
    RequestLetters documents;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    RequestSync sync;

    RequestDriver driver;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(MONDAY));
        driver = new RequestDriver(engine, intake);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    static void at(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }

    /**
     * Every step of an application brings its variables up to date (RequestSync); what did not change
     * is not written again, so history level full records only real changes.
     */
    @Test
    void bringingAnUnchangedApplicationUpToDateWritesNoVariable() {
        ProcessInstance pi = driver.submitOnline("2026年度中小企业发展专项资金申报指南");
        driver.confirm(pi);
        var history = engine.getHistoryService();
        long details = history.createHistoricDetailQuery().processInstanceId(pi.getId()).variableUpdates().count();
        long updates = history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list().stream()
                .mapToLong(v -> history.createHistoricDetailQuery().variableInstanceId(v.getId()).count()).sum();

        sync.sync(request(pi).id());

        assertThat(history.createHistoricDetailQuery().processInstanceId(pi.getId()).variableUpdates().count()).isEqualTo(details);
        assertThat(updates).as("the variables were written when they changed").isGreaterThan(0);
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), DisclosureRequestProcess.RECEIVED_ON.name()))
                .isEqualTo("2026-11-02");
    }

    DisclosureRequest request(ProcessInstance pi) {
        return requests.findByTrackingCode(pi.getBusinessKey()).orElseThrow();
    }

    @Test
    void shouldDiscloseAnOnlineApplicationAfterEveryReviewerSignedOff() {
        ProcessInstance pi = driver.submitOnline("2026年工业稳增长专项资金分配结果");
        DisclosureRequest submitted = request(pi);
        assertThat(submitted.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(submitted.receivedOn()).isNull();
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_CONFIRM_APPLICATION).task().hasCandidateGroup("disclosure-office");
        // the office sees what it confirms; it should confirm by the end of the next working day (Tue 11-03)
        BpmnAwareTests.assertThat(pi).variables().extractingByKey("applicationSummary").asString()
                .contains(submitted.trackingCode()).contains("2026年工业稳增长专项资金分配结果").contains("尚未确认收到");
        assertThat(driver.task(pi).getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-03T15:59:59.999Z")));

        driver.confirm(pi);
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_REVIEW_APPLICATION);
        // received Mon 11-02: due Mon 11-30 (Nov 3-6, 9-13, 16-20, 23-27, 30)
        assertThat(request(pi).receivedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(request(pi).replyDueOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        BpmnAwareTests.assertThat(pi).variables().containsEntry("replyDueOn", "2026-11-30")
                .containsEntry("receivedOn", "2026-11-02");
        // the review is due 7 working days after receipt: Wed 11-11
        assertThat(driver.task(pi).getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-11T15:59:59.999Z")));

        driver.assign(pi, "policy");
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_DRAFT_REPLY).task().hasCandidateGroup("policy");
        assertThat(driver.task(pi).getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-30T15:59:59.999Z")));

        driver.draftReply(pi, "policy-liaison", Outcome.DISCLOSED, null);
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_HANDLER_HEAD_REVIEW).task().hasCandidateGroup("policy-head");
        driver.decide(pi, "policy-head", true, "同意");
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_REPLY_CONFIDENTIALITY_REVIEW).task().hasCandidateGroup("confidentiality");
        driver.decide(pi, "secrecy", true, "");
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_LEADERSHIP_SIGNOFF).task().hasCandidateGroup("leadership");
        driver.decide(pi, "leader", true, "签发");

        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_RECORD_DELIVERY).task().hasCandidateGroup("disclosure-office");
        assertThat(request(pi).status()).isEqualTo(RequestStatus.REPLIED);
        assertThat(request(pi).outcome()).isEqualTo(Outcome.DISCLOSED);
        assertThat(documents.list(request(pi).id())).extracting(StoredDocument::kind).containsExactly(DocumentKind.REPLY);

        driver.serve(pi, "ELECTRONIC", "2026-11-02");
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_REPLIED);
        DisclosureRequest closed = request(pi);
        assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(closed.servedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(ledger.events(closed.id())).extracting(ClockEvent::type)
                .containsExactly(ClockEventType.RECEIVED, ClockEventType.REPLIED, ClockEventType.SERVED);
        // who completed each task reaches the ledger: the confirmation, the sign-off, the service
        assertThat(ledger.events(closed.id())).extracting(ClockEvent::actor)
                .containsExactly("disclosure", "leader", "disclosure");
    }

    /**
     * An application started on the version released before the form checks moved into the tasks'
     * own listeners (1.0 checked each form in a service task after the task) still runs to its end
     * after the upgrade: the engine keeps it on that version, which names the old beans.
     */
    @Test
    void anApplicationStartedOnTheReleasedVersionRunsToItsEndAfterTheUpgrade() throws Exception {
        var repository = engine.getRepositoryService();
        var deployment = repository.createDeployment().name("released disclosure-request 1.0")
                .addInputStream("disclosure-request.bpmn", getClass().getResourceAsStream("/released/disclosure-request-1.0.bpmn"));
        try (var forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.toList()) {
                deployment.addString(form.getFileName().toString(), Files.readString(form));
            }
        }
        String released = deployment.deploy().getId();
        try {
            ProcessInstance pi = driver.submitOnline("2026年工业稳增长专项资金分配结果");
            assertThat(repository.getProcessDefinition(pi.getProcessDefinitionId()).getVersionTag()).isEqualTo("1.0");
            driver.confirm(pi);
            driver.askForSupplement(pi, "请写明所需信息的文件名称或者文号");
            driver.submit(pi, "disclosure", Map.of("supplementReceivedOn", "2026-11-02", "supplementContent", "补充说明：2026年第一批"));
            driver.assign(pi, "policy");
            driver.draftReply(pi, "policy-liaison", Outcome.DISCLOSED, null);
            driver.signOff(pi, "policy-head");
            driver.serve(pi, "ELECTRONIC", "2026-11-02");

            BpmnAwareTests.assertThat(pi).isEnded().hasPassed("service_apply_review", "service_record_supplement",
                    "service_apply_draft", "service_record_delivery");
            DisclosureRequest closed = request(pi);
            assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
            assertThat(closed.outcome()).isEqualTo(Outcome.DISCLOSED);
            assertThat(ledger.events(closed.id())).filteredOn(e -> e.type() == ClockEventType.SERVED)
                    .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("disclosure"));
        } finally {
            repository.deleteDeployment(released, true);
        }
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(DisclosureRequestProcess.KEY)
                .latestVersion().singleResult().getVersionTag()).isEqualTo("1.1");
    }

    // ---------------------------------------------------------------- intake

    ProcessInstance receivedAndAssigned(String description) {
        ProcessInstance pi = driver.submitOnline(description);
        driver.confirm(pi);
        driver.assign(pi, "policy");
        return pi;
    }

    @Test
    void shouldNotAcceptAnOnlineApplicationTheOfficeCannotConfirm() {
        ProcessInstance pi = driver.submitOnline("关于某投诉事项的处理情况");
        assertThatThrownBy(() -> driver.submit(pi, "disclosure", Map.of("confirmed", false)))
                .hasMessageContaining("「说明」不予受理时必须填写理由");
        driver.submit(pi, "disclosure", Map.of("confirmed", false, "confirmationNote", "同一申请人重复提交，已合并处理"));

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_NOT_ACCEPTED);
        DisclosureRequest r = request(pi);
        assertThat(r.status()).isEqualTo(RequestStatus.NOT_ACCEPTED);
        assertThat(r.receivedOn()).isNull();
        assertThat(ledger.events(r.id())).isEmpty();
    }

    @Test
    void shouldCountFromTheChannelsReceiptDateWhenStaffRegisterAnApplication() {
        // signed for on Wed 10-28: Oct 29-30 (2), Nov 2-6 (7), 9-13 (12), 16-20 (17), 23-25 (20)
        ProcessInstance pi = driver.register("REGISTERED_MAIL", "2026-10-28", "本委2025年度部门预算执行情况");

        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_REVIEW_APPLICATION);
        DisclosureRequest r = request(pi);
        assertThat(pi.getBusinessKey()).isEqualTo(r.trackingCode()).matches("YS2026(-[0-9A-Z]{4}){3}");
        assertThat(r.channel()).isEqualTo(Channel.REGISTERED_MAIL);
        assertThat(r.registeredBy()).isEqualTo("disclosure");
        assertThat(r.receivedOn()).isEqualTo(LocalDate.of(2026, 10, 28));
        assertThat(r.replyDueOn()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(ledger.events(r.id())).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(ClockEventType.RECEIVED);
            assertThat(e.occurredOn()).isEqualTo(LocalDate.of(2026, 10, 28));
            assertThat(e.detail()).contains("签收之日");
        });
    }

    @Test
    void shouldRefuseARegistrationWithBadFieldsAndNameThem() {
        Map<String, Object> v = RequestDriver.application("某某");
        v.put("channel", "ONLINE");
        v.put("receivedOn", "2026-11-03");
        v.put("applicantType", "ALIEN");
        v.put("idNumber", "110105194912310021");
        v.remove("contactPhone");
        v.remove("contactEmail");
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(DisclosureRequestProcess.KEY).latestVersion().singleResult().getId();
        long before = engine.getRuntimeService().createProcessInstanceQuery().count();

        assertThatThrownBy(() -> new cn.gongkai.process.AsUser(engine.getIdentityService())
                .run("disclosure", () -> engine.getFormService().submitStartForm(definitionId, v)))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining("网上申请由公众在网上提交，不在此登记（channel）")
                .hasMessageContaining("「收到日期」不能晚于今天（2026-11-02）（receivedOn）")
                .hasMessageContaining("「申请人类型」取值无效「ALIEN」")
                .hasMessageContaining("过短")
                .hasMessageContaining("不是有效的居民身份证号码（校验位不符）（idNumber）")
                .hasMessageContaining("至少填写一项（contactPhone）");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- 补正

    @Test
    void shouldRestartTheClockFromASupplementRecordedByStaff() {
        ProcessInstance pi = driver.submitOnline("关于企业技术改造项目的资料");
        driver.confirm(pi);
        driver.askForSupplement(pi, "1. 请写明所需项目的名称；2. 请写明项目所属年度。");

        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_RECORD_SUPPLEMENT);
        DisclosureRequest waiting = request(pi);
        assertThat(waiting.status()).isEqualTo(RequestStatus.AWAITING_SUPPLEMENT);
        assertThat(waiting.replyDueOn()).isNull();
        // 15 working days after Mon 11-02: Nov 3-6 (4), 9-13 (9), 16-20 (14), Mon 23 (15)
        BpmnAwareTests.assertThat(pi).variables().containsEntry("supplementDueOn", "2026-11-23");
        assertThat(driver.task(pi).getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-23T15:59:59.999Z")));
        assertThat(documents.list(waiting.id())).extracting(StoredDocument::kind).containsExactly(DocumentKind.SUPPLEMENT_NOTICE);

        at("2026-11-10T02:00:00Z");
        driver.submit(pi, "disclosure", Map.of("supplementReceivedOn", "2026-11-09", "supplementContent", "项目名称：某某技改项目；年度：2025"));

        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_REVIEW_APPLICATION);
        // restarted from Mon 11-09: Nov 10-13 (4), 16-20 (9), 23-27 (14), Nov 30-Dec 4 (19), Mon Dec 7 (20)
        assertThat(request(pi).replyDueOn()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(request(pi).status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(replyTimer(pi).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-12-07T15:59:59.999Z")));
    }

    @Test
    void shouldRestartTheClockFromASupplementSubmittedOnline() {
        ProcessInstance pi = driver.submitOnline("关于某专项资金的资料");
        driver.confirm(pi);
        driver.askForSupplement(pi, "请写明专项资金的名称和年度。");

        at("2026-11-05T02:00:00Z");
        intake.submitSupplementOnline(pi.getBusinessKey(), Map.of("content", "2025年度中小企业发展专项资金"));

        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_REVIEW_APPLICATION);
        // restarted from Thu 11-05: Nov 6 (1), 9-13 (6), 16-20 (11), 23-27 (16), Nov 30-Dec 3 (20)
        assertThat(request(pi).replyDueOn()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(ledger.events(request(pi).id())).extracting(ClockEvent::type).containsExactly(
                ClockEventType.RECEIVED, ClockEventType.SUPPLEMENT_REQUESTED, ClockEventType.SUPPLEMENT_RECEIVED);
        assertThatThrownBy(() -> intake.submitSupplementOnline(pi.getBusinessKey(), Map.of("content", "再次提交")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void shouldTreatTheApplicationAsWithdrawnWhenTheSupplementIsOverdue() {
        ProcessInstance pi = driver.submitOnline("关于某项目的资料");
        driver.confirm(pi);
        driver.askForSupplement(pi, "请写明项目名称。");

        at("2026-11-24T02:00:00Z");
        execute(job(TIMER_SUPPLEMENT_DUE, pi));

        BpmnAwareTests.assertThat(pi).hasPassed(SERVICE_RECORD_SUPPLEMENT_OVERDUE).isWaitingAt(USER_DRAFT_REPLY)
                .task().hasCandidateGroup("disclosure-office");
        BpmnAwareTests.assertThat(pi).variables().containsEntry("fixedOutcome", "OTHER_SUPPLEMENT_OVERDUE");
        assertThatThrownBy(() -> driver.submit(pi, "disclosure", Map.of("thirdPartyConsultation", true)))
                .hasMessageContaining("只能拟定答复");
        driver.submit(pi, "disclosure", Map.of("reasons", "申请人未在补正期限内补正。"));
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_HANDLER_HEAD_REVIEW).task().hasCandidateGroup("disclosure-office-head");
        driver.signOff(pi, "disclosure-head");
        driver.serve(pi, "POST", "2026-11-24");

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_REPLIED);
        assertThat(request(pi).outcome()).isEqualTo(Outcome.OTHER_SUPPLEMENT_OVERDUE);
        assertThat(request(pi).legalBasis()).contains("第三十条");
    }

    @Test
    void shouldFindTheApplicationStillUnclearAfterItsOneSupplement() {
        ProcessInstance pi = driver.submitOnline("关于有关情况的资料");
        driver.confirm(pi);
        driver.askForSupplement(pi, "请写明所需信息的名称。");
        driver.submit(pi, "disclosure", Map.of("supplementReceivedOn", "2026-11-02", "supplementContent", "有关情况"));
        driver.askForSupplement(pi, "仍不明确");

        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_DRAFT_REPLY).task().hasCandidateGroup("disclosure-office");
        BpmnAwareTests.assertThat(pi).variables().containsEntry("fixedOutcome", "UNAVAILABLE_STILL_UNCLEAR");
        assertThat(ledger.events(request(pi).id())).filteredOn(e -> e.type() == ClockEventType.SUPPLEMENT_REQUESTED).hasSize(1);
    }

    // ---------------------------------------------------------------- consultation

    /** The drafter chooses 征求意见 on the form (one choice, {@code draftAction}). */
    void consult(ProcessInstance pi, String kind) {
        Map<String, Object> v = new HashMap<>();
        v.put("draftAction", "CONSULT");
        v.put("consultationKind", kind);
        v.put("consultationParty", "新疆某某科技有限公司");
        v.put("consultationMatters", "申请公开的项目申报材料中的技术参数是否涉及贵公司商业秘密");
        driver.submit(pi, "policy-liaison", v);
        driver.submit(pi, "policy-liaison", Map.of("consultationSentOn", "2026-11-04", "consultationDeliveredOn", "2026-11-05"));
    }

    @Test
    void shouldPauseTheClockWhileAThirdPartyIsConsultedAndResumeOnItsAnswer() {
        ProcessInstance pi = receivedAndAssigned("某企业技术改造项目申报材料");
        at("2026-11-05T02:00:00Z");
        consult(pi, "THIRD_PARTY");

        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_RECORD_CONSULTATION_REPLY);
        // the one choice sets the product's routing flag
        BpmnAwareTests.assertThat(pi).variables().containsEntry("draftAction", "CONSULT")
                .containsEntry("thirdPartyConsultation", true).containsEntry("extensionRequested", false);
        // 15 working days after Thu 11-05: Nov 6 (1), 9-13 (6), 16-20 (11), 23-26 (15); reminder after 10: Thu 11-19
        BpmnAwareTests.assertThat(pi).variables().containsEntry("consultationDueOn", "2026-11-26")
                .containsEntry("clockPaused", true);
        assertThat(job(TIMER_CONSULTATION_REMINDER, pi).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-19T15:59:59.999Z")));
        assertThat(request(pi).status()).isEqualTo(RequestStatus.CONSULTING);
        assertThat(documents.list(request(pi).id())).extracting(StoredDocument::kind).contains(DocumentKind.CONSULTATION_LETTER);

        execute(job(TIMER_CONSULTATION_REMINDER, pi));
        BpmnAwareTests.assertThat(pi).hasPassed(END_CONSULTATION_REMINDED).isWaitingAt(USER_RECORD_CONSULTATION_REPLY);

        at("2026-11-12T02:00:00Z");
        driver.submit(pi, "policy-liaison", Map.of("consultationResult", "OBJECTED",
                "consultationOpinion", "技术参数属于本公司商业秘密，不同意公开。", "consultationRepliedOn", "2026-11-12"));

        // the consultation returns to the draft through one flow; the drafter starts from a reply again
        BpmnAwareTests.assertThat(pi).hasPassed("end_consultation_answered", "subprocess_consultation").isWaitingAt(USER_DRAFT_REPLY);
        BpmnAwareTests.assertThat(pi).variables().doesNotContainKeys("draftAction", "thirdPartyConsultation");
        // paused (11-04, 11-12] = Nov 5, 6, 9, 10, 11, 12 = 6 -> after Mon 11-30: Dec 1-4, 7, 8
        assertThat(request(pi).replyDueOn()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(request(pi).status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(replyTimer(pi).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-12-08T15:59:59.999Z")));
    }

    @Test
    void shouldLetTheAgencyDecideWhenTheThirdPartyStaysSilent() {
        ProcessInstance pi = receivedAndAssigned("某企业申报材料");
        at("2026-11-05T02:00:00Z");
        consult(pi, "THIRD_PARTY");

        at("2026-11-27T02:00:00Z");
        execute(job(TIMER_CONSULTATION_DUE, pi));

        BpmnAwareTests.assertThat(pi).hasPassed(SERVICE_CLOSE_CONSULTATION_UNANSWERED).isWaitingAt(USER_DRAFT_REPLY);
        BpmnAwareTests.assertThat(pi).variables().containsEntry("consultationResult", "NO_ANSWER");
        ClockEvent closed = ledger.events(request(pi).id()).stream()
                .filter(e -> e.type() == ClockEventType.CONSULTATION_CLOSED).findFirst().orElseThrow();
        assertThat(closed.occurredOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(closed.detail()).contains("由本机关依法决定");
        // paused (11-04, 11-26] = Nov 5-6 (2), 9-13 (7), 16-20 (12), 23-26 (16) -> after 11-30: Dec 1-4, 7-11, 14-18, 21-22
        assertThat(request(pi).replyDueOn()).isEqualTo(LocalDate.of(2026, 12, 22));
    }

    @Test
    void shouldTakeACoProducingAgencysSilenceAsConsent() {
        ProcessInstance pi = receivedAndAssigned("与某厅联合印发文件的起草说明");
        at("2026-11-05T02:00:00Z");
        consult(pi, "CO_PRODUCER");
        at("2026-11-27T02:00:00Z");
        execute(job(TIMER_CONSULTATION_DUE, pi));
        BpmnAwareTests.assertThat(pi).variables().containsEntry("consultationResult", "DEEMED_CONSENT");
    }

    // ---------------------------------------------------------------- extension

    void requestExtension(ProcessInstance pi, int days) {
        driver.submit(pi, "policy-liaison", Map.of("extensionRequested", true, "extensionWorkingDays", days,
                "extensionReason", "申请公开的信息涉及多个年度、数量较大，需要调档核对"));
    }

    @Test
    void shouldExtendTheDeadlineWhenTheHeadApproves() {
        ProcessInstance pi = receivedAndAssigned("2020年至2025年的项目审批文件");
        at("2026-11-20T02:00:00Z");
        requestExtension(pi, 20);

        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_APPROVE_EXTENSION).task().hasCandidateGroup("disclosure-office-head");
        // 20 more after Mon 11-30: Dec 1-4 (4), 7-11 (9), 14-18 (14), 21-25 (19), Mon 28 (20)
        BpmnAwareTests.assertThat(pi).variables().containsEntry("extensionProposedDueOn", "2026-12-28");
        driver.decide(pi, "disclosure-head", true, "同意延期");

        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_SEND_EXTENSION_NOTICE);
        DisclosureRequest r = request(pi);
        assertThat(r.replyDueOn()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(ledger.events(r.id())).filteredOn(e -> e.type() == ClockEventType.EXTENSION_GRANTED)
                .singleElement().satisfies(e -> {
                    assertThat(e.workingDays()).isEqualTo(20);
                    assertThat(e.actor()).isEqualTo("disclosure-head");
                    assertThat(e.occurredOn()).isEqualTo(LocalDate.of(2026, 11, 20));
                });
        assertThat(documents.list(r.id())).extracting(StoredDocument::kind).contains(DocumentKind.EXTENSION_NOTICE);
        assertThat(replyTimer(pi).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-12-28T15:59:59.999Z")));

        driver.submit(pi, "disclosure", Map.of("extensionNotifiedOn", "2026-11-20"));
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_DRAFT_REPLY);
        assertThat(driver.task(pi).getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-28T15:59:59.999Z")));
    }

    @Test
    void shouldSetAReasonableDelayedReplyPeriodForAnExcessiveVolumeWithReasonableReasons() throws Exception {
        ProcessInstance pi = receivedAndAssigned("2015年以来全部企业技术改造项目的申报和审批材料");
        at("2026-11-20T02:00:00Z");
        driver.submit(pi, "policy-liaison", Map.of("extensionRequested", true, "extensionBasis", "ART_35",
                "extensionWorkingDays", 30, "extensionReason", "申请人为开展行业研究需要十年的全部项目材料"));
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_APPROVE_EXTENSION);
        BpmnAwareTests.assertThat(pi).variables().extractingByKey("extensionBasisName").asString().contains("第三十五条");
        driver.decide(pi, "disclosure-head", true, "理由合理，同意");

        DisclosureRequest r = request(pi);
        // Mon 11-30 + 30: Dec 1-4 (4), 7-11 (9), 14-18 (14), 21-25 (19), 28-31 (23), Jan 1 (24; 2027 unknown), 4-8 (29), 11 (30)
        assertThat(r.replyDueOn()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(ledger.events(r.id())).extracting(ClockEvent::type).contains(ClockEventType.DELAY_SET)
                .doesNotContain(ClockEventType.EXTENSION_GRANTED);
        StoredDocument notice = documents.list(r.id()).stream().filter(d -> d.kind() == DocumentKind.EXTENSION_NOTICE)
                .findFirst().orElseThrow();
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(
                documents.content(r.id(), notice.id()).orElseThrow()));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("条例第三十五条").contains("确定延迟答复期限30个工作日")
                    .contains("申请人为开展行业研究需要十年的全部项目材料");
        }
        // an Art. 33 extension is still possible once, the Art. 35 period not again
        driver.submit(pi, "disclosure", Map.of("extensionNotifiedOn", "2026-11-20"));
        assertThatThrownBy(() -> driver.submit(pi, "policy-liaison", Map.of("extensionRequested", true,
                "extensionBasis", "ART_35", "extensionWorkingDays", 10, "extensionReason", "再次延迟")))
                .hasMessageContaining("已于 2026-11-20 依条例第三十五条确定延迟答复期限 30 个工作日");
    }

    @Test
    void shouldKeepTheDeadlineWhenTheHeadRefusesTheExtension() {
        ProcessInstance pi = receivedAndAssigned("某年度的统计资料");
        requestExtension(pi, 10);
        driver.decide(pi, "disclosure-head", false, "资料已齐备，应在期限内答复");

        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_DRAFT_REPLY);
        assertThat(request(pi).replyDueOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(ledger.events(request(pi).id())).noneMatch(e -> e.type() == ClockEventType.EXTENSION_GRANTED);
        BpmnAwareTests.assertThat(pi).variables().containsEntry("lastRejectionComment", "资料已齐备，应在期限内答复");
    }

    @Test
    void shouldRefuseAnIllegalExtension() {
        ProcessInstance pi = receivedAndAssigned("某年度的统计资料");
        assertThatThrownBy(() -> requestExtension(pi, 21)).hasMessageContaining("应为 1 至 20 个工作日");

        requestExtension(pi, 5);
        driver.decide(pi, "disclosure-head", true, "");
        driver.submit(pi, "disclosure", Map.of("extensionNotifiedOn", "2026-11-02"));
        assertThatThrownBy(() -> requestExtension(pi, 5)).hasMessageContaining("只能延长一次");

        ProcessInstance late = receivedAndAssigned("另一份资料");
        at("2026-12-01T02:00:00Z");
        assertThatThrownBy(() -> requestExtension(late, 5)).hasMessageContaining("期限已于 2026-11-30 届满");
        BpmnAwareTests.assertThat(late).isWaitingAt(USER_DRAFT_REPLY);
    }

    // ---------------------------------------------------------------- fee

    void chargeByVolume(ProcessInstance pi, int pages) {
        driver.submit(pi, "policy-liaison", Map.of("feeRequired", true, "feeMethod", "PER_VOLUME", "feePages", pages));
    }

    @Test
    void shouldChargeAFeeAndContinueOncePaid() {
        ProcessInstance pi = receivedAndAssigned("2015年以来全部项目的申报材料");
        chargeByVolume(pi, 120);

        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_SEND_FEE_NOTICE);
        // pages 31-100: 70 x 10 = 700; 101-120: 20 x 20 = 400
        BpmnAwareTests.assertThat(pi).variables().containsEntry("feeAmount", 1100);
        assertThat(documents.list(request(pi).id())).extracting(StoredDocument::kind).contains(DocumentKind.FEE_NOTICE);

        at("2026-11-03T02:00:00Z");
        driver.submit(pi, "disclosure", Map.of("feeNoticeDeliveredOn", "2026-11-03"));
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_RECORD_FEE_PAYMENT);
        // 20 working days after Tue 11-03: Nov 4-6 (3), 9-13 (8), 16-20 (13), 23-27 (18), Nov 30, Dec 1 (20)
        BpmnAwareTests.assertThat(pi).variables().containsEntry("feeDueOn", "2026-12-01");
        assertThat(request(pi).status()).isEqualTo(RequestStatus.AWAITING_FEE);
        // an outstanding fee stops the reply clock from the day after the notice was received (none yet today)
        assertThat(request(pi).replyDueOn()).isEqualTo(LocalDate.of(2026, 11, 30));

        driver.submit(pi, "disclosure", Map.of("feePaidOn", "2026-11-03", "feeReceiptNumber", "新财票 No.0012345"));
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_DRAFT_REPLY);
        assertThat(ledger.events(request(pi).id())).extracting(ClockEvent::type)
                .contains(ClockEventType.FEE_NOTICE_SENT, ClockEventType.FEE_PAID);
        // kept for the annual report's fees collected
        assertThat(jdbc.sql("SELECT fee_yuan, fee_paid_on FROM disclosure_request WHERE id = :id")
                .param("id", request(pi).id()).query((rs, n) -> rs.getInt(1) + " " + rs.getObject(2, LocalDate.class)).single())
                .isEqualTo("1100 2026-11-03");
    }

    @Test
    void shouldStopProcessingWhenTheFeeIsNotPaidInTime() {
        ProcessInstance pi = receivedAndAssigned("2015年以来全部项目的申报材料");
        chargeByVolume(pi, 50);
        driver.submit(pi, "disclosure", Map.of("feeNoticeDeliveredOn", "2026-11-02"));
        at("2026-12-01T02:00:00Z");
        execute(job(TIMER_FEE_DUE, pi));

        BpmnAwareTests.assertThat(pi).hasPassed(SERVICE_RECORD_FEE_UNPAID).isWaitingAt(USER_DRAFT_REPLY)
                .task().hasCandidateGroup("policy");
        driver.submit(pi, "policy-liaison", Map.of());
        driver.signOff(pi, "policy-head");
        driver.serve(pi, "POST", "2026-12-01");
        assertThat(request(pi).outcome()).isEqualTo(Outcome.OTHER_FEE_UNPAID);
    }

    @Test
    void shouldCountTheApplicantsEarlierItemsThisMonthForAFeePerItem() {
        String idNumber = uniqueResidentId();
        // the same applicant already asked for 12 items this month
        ProcessInstance earlier = receivedAndAssigned(applicationOf(idNumber, "本月较早的一份申请"));
        jdbc.sql("UPDATE disclosure_request SET items = 12 WHERE id = :id").param("id", request(earlier).id()).update();
        ProcessInstance pi = receivedAndAssigned(applicationOf(idNumber, "本月的又一份申请"));
        driver.submit(pi, "policy-liaison", Map.of("feeRequired", true, "feeMethod", "PER_ITEM", "feeItems", 3));
        // items 13, 14, 15 of the month at 100 each
        BpmnAwareTests.assertThat(pi).variables().containsEntry("feeAmount", 300)
                .extractingByKey("feeCalculation").asString().contains("本月此前已申请 12 件，本申请 3 件（第 13–15 件）");
    }

    Map<String, Object> applicationOf(String idNumber, String description) {
        Map<String, Object> v = RequestDriver.application(description);
        v.put("idNumber", idNumber);
        return v;
    }

    ProcessInstance receivedAndAssigned(Map<String, Object> application) {
        DisclosureRequest r = intake.submitOnline(application);
        ProcessInstance pi = driver.instance(r);
        execute(job(pi));
        driver.confirm(pi);
        driver.assign(pi, "policy");
        return pi;
    }

    /** A resident ID number with a valid check character that no other test uses. */
    static String uniqueResidentId() {
        String first17 = "65010219850101" + String.format("%03d", (int) (Math.random() * 1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void shouldRefuseAFeeThatComesToNothing() {
        ProcessInstance pi = receivedAndAssigned("一份行政规范性文件的全文");
        assertThatThrownBy(() -> chargeByVolume(pi, 20)).hasMessageContaining("本申请不收费");
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_DRAFT_REPLY);
    }

    @Test
    void shouldAllowOnlyOneRoutingChoiceAtATime() {
        ProcessInstance pi = receivedAndAssigned("一份行政规范性文件的全文");
        assertThatThrownBy(() -> driver.submit(pi, "policy-liaison", Map.of("thirdPartyConsultation", true, "feeRequired", true)))
                .hasMessageContaining("一次只能选择一项");
        assertThatThrownBy(() -> driver.submit(pi, "policy-liaison", Map.of("draftAction", "FEE", "thirdPartyConsultation", true)))
                .hasMessageContaining("「拟办意见」为「收取信息处理费」，与所选的「征求第三方或共同制作机关意见」不一致");
        assertThatThrownBy(() -> driver.submit(pi, "policy-liaison", Map.of("draftAction", "PUBLISH")))
                .hasMessageContaining("「拟办意见」取值无效「PUBLISH」");
        assertThatThrownBy(() -> driver.submit(pi, "policy-liaison", Map.of("outcome", "WITHHELD_STATE_SECRET")))
                .hasMessageContaining("「理由或说明」必须填写");
        assertThatThrownBy(() -> driver.submit(pi, "policy-liaison", Map.of("outcome", "OTHER_FEE_UNPAID", "reasons", "x")))
                .hasMessageContaining("由系统自动确定");
    }

    // ---------------------------------------------------------------- the reply chain and the outcomes

    @ParameterizedTest(name = "sent back at {0}")
    @CsvSource({USER_HANDLER_HEAD_REVIEW + ", policy-head, 负责人审核答复",
        USER_REPLY_CONFIDENTIALITY_REVIEW + ", secrecy, 答复保密审查",
        USER_LEADERSHIP_SIGNOFF + ", leader, 委领导签发"})
    void shouldReturnTheDraftWhenAReviewerSendsItBack(String step, String reviewer, String stepName) {
        ProcessInstance pi = receivedAndAssigned("某某文件的全文内容");
        driver.draftReply(pi, "policy-liaison", Outcome.DISCLOSED, null);
        List<String> chain = List.of(USER_HANDLER_HEAD_REVIEW, USER_REPLY_CONFIDENTIALITY_REVIEW, USER_LEADERSHIP_SIGNOFF);
        List<String> reviewers = List.of("policy-head", "secrecy", "leader");
        for (int i = 0; i < chain.indexOf(step); i++) {
            driver.decide(pi, reviewers.get(i), true, "");
        }
        driver.decide(pi, reviewer, false, "答复依据引用有误，请修改");

        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_DRAFT_REPLY);
        BpmnAwareTests.assertThat(pi).variables().containsEntry("lastRejectionStep", stepName);
        assertThat(request(pi).outcome()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Outcome.class, mode = EnumSource.Mode.EXCLUDE, names = {"OTHER_SUPPLEMENT_OVERDUE", "OTHER_FEE_UNPAID"})
    void shouldEndWithTheChosenOutcomeAndItsReply(Outcome outcome) {
        ProcessInstance pi = receivedAndAssigned("关于" + outcome.label() + "的测试申请");
        Map<String, Object> v = new HashMap<>();
        v.put("outcome", outcome.name());
        v.put("reasons", "经核查，" + outcome.label() + "。");
        if (outcome.defaultLegalBasis().isBlank()) {
            v.put("legalBasis", "《中华人民共和国政府信息公开条例》第三十六条");
        }
        if (outcome == Outcome.UNAVAILABLE_NOT_HELD) {
            v.put("referralAgency", "自治区统计局，电话 0991-1234567");
        }
        driver.submit(pi, "policy-liaison", v);
        driver.signOff(pi, "policy-head");
        driver.serve(pi, "DIRECT", "2026-11-02");

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_REPLIED);
        DisclosureRequest r = request(pi);
        assertThat(r.outcome()).isEqualTo(outcome);
        assertThat(r.legalBasis()).isEqualTo(outcome.defaultLegalBasis().isBlank()
                ? "《中华人民共和国政府信息公开条例》第三十六条" : outcome.defaultLegalBasis());
        assertThat(r.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(documents.list(r.id())).filteredOn(d -> d.kind() == DocumentKind.REPLY).hasSize(1);
    }

    /**
     * 已主动公开 (Art. 36(1)): the draft task lists what is published that matches the application;
     * the drafter picks the item, and the reply says where to get it and counts as 予以公开.
     */
    @Test
    void shouldAnswerWithThePublishedItemTheDraftTaskFound() throws Exception {
        CatalogueItem item = catalogue.publish(new Publication("pi-" + java.util.UUID.randomUUID(),
                "2025年度全省企业技术改造专项资金项目计划", "2025年度技术改造专项资金项目及资金安排",
                "附件：2025年度全省企业技术改造专项资金项目计划表（按地市排列）", "finance", "policy", "政策法规处", null,
                cn.gongkai.catalogue.DocumentType.OTHER, LocalDate.of(2026, 10, 9), true));
        ProcessInstance pi = receivedAndAssigned("请公开2025年度企业技术改造专项资金的项目计划和资金安排");
        var task = driver.task(pi);
        assertThat((String) engine.getTaskService().getVariableLocal(task.getId(), "publicMatches"))
                .contains(item.title()).contains("(/catalogue/items/" + item.indexNumber() + ")").contains("主动公开目录");
        assertThat((String) engine.getTaskService().getVariableLocal(task.getId(), "publicMatchChoices"))
                .startsWith(item.indexNumber() + "~" + item.indexNumber() + "《" + item.title() + "》");

        assertThatThrownBy(() -> driver.submit(pi, "policy-liaison", Map.of("alreadyPublicItem", "no-such-item")))
                .hasMessageContaining("alreadyPublicItem").hasMessageContaining("目录中没有索引号为「no-such-item」的信息");
        driver.submit(pi, "policy-liaison", Map.of("alreadyPublicItem", item.indexNumber()));
        driver.signOff(pi, "policy-head");

        DisclosureRequest r = request(pi);
        assertThat(r.outcome()).isEqualTo(Outcome.DISCLOSED);
        assertThat(r.legalBasis()).isEqualTo("《中华人民共和国政府信息公开条例》第三十六条第（一）项");
        StoredDocument reply = documents.list(r.id()).stream().filter(d -> d.kind() == DocumentKind.REPLY).findFirst()
                .orElseThrow();
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(
                documents.content(r.id(), reply.id()).orElseThrow()));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("已于2026年11月2日由本机关主动公开").contains(item.indexNumber())
                    .contains("http://localhost:8080/catalogue/items/" + item.indexNumber());
        }
    }

    // ---------------------------------------------------------------- the reply deadline

    Job replyTimer(ProcessInstance pi) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(DisclosureRequestProcess.TIMER_REPLY_DUE).singleResult();
    }

    @Test
    void shouldCheckTheReplyDeadlineWhenItPassesAndEveryDayAfter() {
        ProcessInstance pi = receivedAndAssigned("某某文件的全文内容");
        Job timer = replyTimer(pi);
        assertThat(timer.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-30T15:59:59.999Z")));

        at("2026-12-01T01:00:00Z");
        execute(timer);
        BpmnAwareTests.assertThat(pi).hasPassed(SERVICE_CHECK_REPLY_DEADLINE).isWaitingAt(USER_DRAFT_REPLY);
        BpmnAwareTests.assertThat(pi).variables().containsEntry("replyOverdue", true);
        Job tomorrow = replyTimer(pi);
        assertThat(tomorrow.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-12-01T15:59:59.999Z")));
    }

    @Test
    void shouldNotReportAMatterLateWhoseDeadlineMoved() {
        ProcessInstance pi = receivedAndAssigned("某某文件的全文内容");
        at("2026-11-20T02:00:00Z");
        requestExtension(pi, 20);
        driver.decide(pi, "disclosure-head", true, "");
        at("2026-12-01T01:00:00Z");
        execute(replyTimer(pi));
        BpmnAwareTests.assertThat(pi).variables().containsEntry("replyOverdue", false);
    }

    @Test
    void shouldRetimeOpenApplicationsWhenAYearsCalendarIsAdded() throws Exception {
        at("2026-12-10T02:00:00Z");
        ProcessInstance pi = driver.register("IN_PERSON", "2026-12-10", "跨年计算的测试申请");
        // 2027 not loaded: Dec 11 (1), 14-18 (6), 21-25 (11), 28-31 (15), Jan 1 counted (16), Jan 4-7 (20)
        assertThat(request(pi).replyDueOn()).isEqualTo(LocalDate.of(2027, 1, 7));
        BpmnAwareTests.assertThat(pi).variables().extractingByKey("replyClock").asString().contains("尚未载入");

        Path file = Path.of(calendarProperties.directory(), "2027.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                year: 2027
                holidays:
                  - { name: 元旦, from: 2027-01-01, to: 2027-01-01 }
                  - { name: 测试假日, from: 2027-01-04, to: 2027-01-04 }
                """);
        try {
            calendarStore.reload();
            // Dec 28-31 (15), Jan 1 off, Jan 4 off, Jan 5-8 (19), Mon Jan 11 (20)
            assertThat(request(pi).replyDueOn()).isEqualTo(LocalDate.of(2027, 1, 11));
            BpmnAwareTests.assertThat(pi).variables().containsEntry("replyDueOn", "2027-01-11");
            assertThat(replyTimer(pi).getDuedate()).isEqualTo(Date.from(Instant.parse("2027-01-11T15:59:59.999Z")));
        } finally {
            Files.deleteIfExists(file);
            calendarStore.reload();
        }
        assertThat(request(pi).replyDueOn()).isEqualTo(LocalDate.of(2027, 1, 7));
    }

    @Autowired
    cn.gongkai.calendar.CalendarStore calendarStore;
    @Autowired
    cn.gongkai.calendar.CalendarProperties calendarProperties;
}
