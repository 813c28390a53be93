package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.END_REPLIED;
import static cn.gongkai.request.DisclosureRequestProcess.USER_CONFIRM_APPLICATION;
import static cn.gongkai.request.DisclosureRequestProcess.USER_DRAFT_REPLY;
import static cn.gongkai.request.DisclosureRequestProcess.USER_HANDLER_HEAD_REVIEW;
import static cn.gongkai.request.DisclosureRequestProcess.USER_LEADERSHIP_SIGNOFF;
import static cn.gongkai.request.DisclosureRequestProcess.USER_RECORD_DELIVERY;
import static cn.gongkai.request.DisclosureRequestProcess.USER_REPLY_CONFIDENTIALITY_REVIEW;
import static cn.gongkai.request.DisclosureRequestProcess.USER_REVIEW_APPLICATION;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.GongkaiTest;
import cn.gongkai.clock.ClockEvent;
import cn.gongkai.clock.ClockEventType;
import cn.gongkai.clock.ClockLedger;
import cn.gongkai.documents.DocumentKind;
import cn.gongkai.documents.RequestDocuments;
import cn.gongkai.documents.StoredDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
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
    RequestDocuments documents;

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
    }
}
