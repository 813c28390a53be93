package cn.gongkai.proactive;

import static cn.gongkai.proactive.ProactiveDisclosure.END_ITEM_PUBLISHED;
import static cn.gongkai.proactive.ProactiveDisclosure.END_ITEM_WITHDRAWN;
import static cn.gongkai.proactive.ProactiveDisclosure.END_REVIEW_WITHDRAWN;
import static cn.gongkai.proactive.ProactiveDisclosure.SERVICE_PUBLISH_ITEM;
import static cn.gongkai.proactive.ProactiveDisclosure.SERVICE_SCREEN_CONTENT;
import static cn.gongkai.proactive.ProactiveDisclosure.TIMER_PUBLICATION_DUE;
import static cn.gongkai.proactive.ProactiveDisclosure.USER_CONFIDENTIALITY_REVIEW;
import static cn.gongkai.proactive.ProactiveDisclosure.USER_HEAD_REVIEW;
import static cn.gongkai.proactive.ProactiveDisclosure.USER_LEADERSHIP_APPROVAL;
import static cn.gongkai.proactive.ProactiveDisclosure.USER_OFFICE_CHECK;
import static cn.gongkai.proactive.ProactiveDisclosure.USER_REVISE_DRAFT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import cn.gongkai.GongkaiTest;
import cn.gongkai.TestFailures;
import cn.gongkai.catalogue.CatalogueItem;
import cn.gongkai.catalogue.CatalogueService;
import cn.gongkai.catalogue.DocumentType;
import cn.gongkai.catalogue.Publication;
import cn.gongkai.review.ConfidentialityConclusion;
import cn.gongkai.review.ConfidentialityRecord;
import cn.gongkai.review.ConfidentialityRecords;
import cn.gongkai.review.ReviewEntry;
import cn.gongkai.review.ReviewLog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per path of {@code proactive-disclosure}; jobs and timers are run by the tests. */
@GongkaiTest
class ProactiveDisclosureProcessTest {

    /** 10:00 on Friday 2026-11-27 in Shanghai. */
    static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    @Autowired
    ProcessEngine engine;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    ReviewLog reviewLog;
    @Autowired
    ConfidentialityRecords confidentialityRecords;
    @Autowired
    TestFailures failures;

    ProactiveDrafts drafts;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        drafts = new ProactiveDrafts(engine);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    static String title() {
        return "关于印发工业稳增长措施的通知 " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldPublishWhenEveryReviewerApproves() {
        String title = title();
        ProcessInstance pi = drafts.start(title, "2026-11-20");

        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_HEAD_REVIEW).task().hasCandidateGroup("policy-head");
        // 20 working days after Fri 2026-11-20: Nov 23-27, Nov 30-Dec 4, Dec 7-11, Dec 14-18
        BpmnAwareTests.assertThat(pi).variables()
                .containsEntry("publishDueOn", "2026-12-18")
                .containsEntry("drafter", "policy-staff")
                .containsEntry("divisionName", "政策法规处")
                .containsEntry("categoryName", "政策法规");
        Date dueAt = Date.from(Instant.parse("2026-12-18T15:59:59.999Z"));
        assertThat(drafts.task(pi).getDueDate()).isEqualTo(dueAt);
        assertThat(job(TIMER_PUBLICATION_DUE, pi).getDuedate()).isEqualTo(dueAt);

        drafts.decide(pi, "policy-head", true, "同意公开");
        BpmnAwareTests.assertThat(pi).hasPassed(SERVICE_SCREEN_CONTENT).isWaitingAt(USER_CONFIDENTIALITY_REVIEW)
                .task().hasCandidateGroup("confidentiality");
        assertThat(drafts.task(pi).getDueDate()).isEqualTo(dueAt);
        BpmnAwareTests.assertThat(pi).variables().containsKey("screeningReport").containsEntry("screeningFindings", 0);

        drafts.decide(pi, "secrecy", true, "");
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_OFFICE_CHECK).task().hasCandidateGroup("general-office");
        drafts.decide(pi, "office", true, "");
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_LEADERSHIP_APPROVAL).task().hasCandidateGroup("leadership");
        drafts.decide(pi, "leader", true, "同意发布");

        BpmnAwareTests.assertThat(pi).isWaitingAt(SERVICE_PUBLISH_ITEM);
        execute(job(SERVICE_PUBLISH_ITEM, pi));

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_ITEM_PUBLISHED);
        CatalogueItem item = catalogue.findByProcessInstance(pi.getId()).orElseThrow();
        assertThat(item.indexNumber()).matches("765432100/2026-\\d{5}");
        assertThat(item.title()).isEqualTo(title);
        assertThat(item.formedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(item.publishedOn()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(item.documentType()).isEqualTo(DocumentType.NORMATIVE_DOCUMENT);
        assertThat(item.divisionName()).isEqualTo("政策法规处");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("indexNumber").singleResult().getValue()).isEqualTo(item.indexNumber());
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
                .singleResult().getBusinessKey()).isEqualTo(item.indexNumber());

        assertThat(reviewLog.entries(pi.getId())).extracting(ReviewEntry::stepKey, ReviewEntry::reviewer, ReviewEntry::approved)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(USER_HEAD_REVIEW, "policy-head", true),
                        org.assertj.core.groups.Tuple.tuple(USER_CONFIDENTIALITY_REVIEW, "secrecy", true),
                        org.assertj.core.groups.Tuple.tuple(USER_OFFICE_CHECK, "office", true),
                        org.assertj.core.groups.Tuple.tuple(USER_LEADERSHIP_APPROVAL, "leader", true));
        assertThat(confidentialityRecords.records(pi.getId())).singleElement().satisfies(r -> {
            assertThat(r.conclusion()).isEqualTo(ConfidentialityConclusion.PUBLISHABLE);
            assertThat(r.reviewer()).isEqualTo("secrecy");
            assertThat(r.subject()).isEqualTo(title);
        });
    }

    @ParameterizedTest(name = "sent back at {0}")
    @CsvSource({
        USER_HEAD_REVIEW + ", policy-head, 处室负责人初审",
        USER_CONFIDENTIALITY_REVIEW + ", secrecy, 保密审查",
        USER_OFFICE_CHECK + ", office, 委办公室核稿",
        USER_LEADERSHIP_APPROVAL + ", leader, 委领导审批"})
    void shouldReturnToTheDrafterWhenAReviewerSendsItBackAndPublishTheRevision(String step, String reviewer,
            String stepName) {
        ProcessInstance pi = drafts.start(title(), "2026-11-20");
        List<String> chain = List.of(USER_HEAD_REVIEW, USER_CONFIDENTIALITY_REVIEW, USER_OFFICE_CHECK,
                USER_LEADERSHIP_APPROVAL);
        List<String> reviewers = List.of("policy-head", "secrecy", "office", "leader");
        for (int i = 0; i < chain.indexOf(step); i++) {
            drafts.decide(pi, reviewers.get(i), true, "");
        }
        BpmnAwareTests.assertThat(pi).isWaitingAt(step);
        drafts.decide(pi, reviewer, false, "第二部分数据有误，请核实后修改");

        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_REVISE_DRAFT).task().isAssignedTo("policy-staff");
        assertThat(engine.getTaskService().getIdentityLinksForTask(drafts.task(pi).getId()))
                .anyMatch(link -> "candidate".equals(link.getType()) && "policy".equals(link.getGroupId()));
        BpmnAwareTests.assertThat(pi).variables()
                .containsEntry("lastRejectionStep", stepName)
                .containsEntry("lastRejectionComment", "第二部分数据有误，请核实后修改");
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "reviewHistory"))
                .contains(stepName).contains("退回").contains("第二部分数据有误");

        String revisedTitle = "（修改稿）" + title();
        Map<String, Object> revision = ProactiveDrafts.draft(revisedTitle, "2026-11-20");
        revision.put("withdrawn", false);
        drafts.submit(pi, "policy-staff", revision);

        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_HEAD_REVIEW);
        drafts.approveAll(pi);
        execute(job(SERVICE_PUBLISH_ITEM, pi));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_ITEM_PUBLISHED);
        assertThat(catalogue.findByProcessInstance(pi.getId()).orElseThrow().title()).isEqualTo(revisedTitle);
    }

    @Test
    void shouldEndWithoutPublishingWhenTheDrafterWithdraws() {
        ProcessInstance pi = drafts.start(title(), "2026-11-20");
        drafts.decide(pi, "policy-head", false, "本处室已另行发文，不再公开");
        drafts.submit(pi, "policy-staff", Map.of("withdrawn", true));

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_REVIEW_WITHDRAWN, END_ITEM_WITHDRAWN)
                .hasNotPassed(SERVICE_PUBLISH_ITEM);
        assertThat(catalogue.findByProcessInstance(pi.getId())).isEmpty();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void shouldRecordThePublicationOverdueWhenTheDeadlinePassesDuringReview() {
        // 20 working days after Tue 2026-10-20: Oct 21-23, 26-30, Nov 2-6, 9-13, 16-17
        ProcessInstance pi = drafts.start(title(), "2026-10-20");
        BpmnAwareTests.assertThat(pi).variables().containsEntry("publishDueOn", "2026-11-17");
        Job timer = job(TIMER_PUBLICATION_DUE, pi);
        assertThat(timer.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-17T15:59:59.999Z")));

        execute(timer);

        BpmnAwareTests.assertThat(pi).hasPassed(ProactiveDisclosure.END_OVERDUE_RECORDED).isWaitingAt(USER_HEAD_REVIEW);
        BpmnAwareTests.assertThat(pi).variables().containsEntry("publicationOverdue", true);
        drafts.approveAll(pi);
        execute(job(SERVICE_PUBLISH_ITEM, pi));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_ITEM_PUBLISHED);
    }

    @Test
    void shouldMoveTheDeadlineTimerWhenARevisionCorrectsTheFormationDate() {
        ProcessInstance pi = drafts.start(title(), "2026-11-20");
        drafts.decide(pi, "policy-head", false, "形成日期有误，应为 11 月 25 日");
        Map<String, Object> revision = ProactiveDrafts.draft(title(), "2026-11-25");
        revision.put("withdrawn", false);
        drafts.submit(pi, "policy-staff", revision);

        // 20 working days after Wed 2026-11-25: Nov 26-27, Nov 30-Dec 4, 7-11, 14-18, 21-23
        BpmnAwareTests.assertThat(pi).variables().containsEntry("publishDueOn", "2026-12-23");
        Date dueAt = Date.from(Instant.parse("2026-12-23T15:59:59.999Z"));
        assertThat(job(TIMER_PUBLICATION_DUE, pi).getDuedate()).isEqualTo(dueAt);
        assertThat(drafts.task(pi).getDueDate()).isEqualTo(dueAt);
    }

    @Test
    void shouldRefuseADraftWithMissingOrWrongFieldsAndNameThem() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("title", " ");
        bad.put("category", "unknown");
        bad.put("division", "policy");
        bad.put("formedOn", "2026-13-01");
        long before = engine.getRuntimeService().createProcessInstanceQuery().count();

        assertThatThrownBy(() -> drafts.start(ProactiveDrafts.DRAFTER, bad))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining("「标题」必须填写（title）")
                .hasMessageContaining("「内容概述」必须填写（summary）")
                .hasMessageContaining("「正文」必须填写（bodyText）")
                .hasMessageContaining("「公开类别」取值无效「unknown」")
                .hasMessageContaining("「形成或变更日期」格式应为 yyyy-MM-dd");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAFormationDateInTheFutureAndABodyThatIsTooLong() {
        Map<String, Object> draft = ProactiveDrafts.draft(title(), "2026-11-28");
        draft.put("bodyText", "字".repeat(4001));
        assertThatThrownBy(() -> drafts.start(ProactiveDrafts.DRAFTER, draft))
                .hasMessageContaining("「形成或变更日期」不能晚于今天（2026-11-27）（formedOn）")
                .hasMessageContaining("「正文」不能超过 4000 个字（bodyText）");
    }

    @Test
    void shouldOnlyLetADivisionsOwnStaffDraftForIt() {
        Map<String, Object> draft = ProactiveDrafts.draft(title(), "2026-11-20");
        assertThatThrownBy(() -> drafts.start("planning-staff", draft))
                .hasMessageContaining("不是「政策法规处」的工作人员");

        Map<String, Object> noDivision = ProactiveDrafts.draft(title(), "2026-11-20");
        noDivision.remove("division");
        ProcessInstance pi = drafts.start("planning-staff", noDivision);
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_HEAD_REVIEW).task().hasCandidateGroup("planning-head");
    }

    @Test
    void shouldKeepTheTaskOpenWhenTheDecisionIsMissingOrUnexplained() {
        ProcessInstance pi = drafts.start(title(), "2026-11-20");
        Task task = drafts.task(pi);

        assertThatThrownBy(() -> drafts.submit(pi, "policy-head", Map.of("comment", "")))
                .isInstanceOf(NotValidException.class)
                .hasMessage("无法提交：「审核结论」（approved）必须选择：同意或退回");
        assertThatThrownBy(() -> drafts.decide(pi, "policy-head", false, "  "))
                .isInstanceOf(NotValidException.class)
                .hasMessage("无法提交：「审核意见」（comment）退回时必须填写，说明退回理由");

        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_HEAD_REVIEW);
        assertThat(drafts.task(pi).getId()).isEqualTo(task.getId());
        assertThat(reviewLog.entries(pi.getId())).isEmpty();
    }

    @Test
    void shouldRecordTheConfidentialityConclusionAndBasis() {
        ProcessInstance pi = drafts.start(title(), "2026-11-20");
        drafts.decide(pi, "policy-head", true, "");
        Map<String, Object> inconsistent = Map.of("approved", true, "confidentialityConclusion", "NOT_PUBLISHABLE");
        assertThatThrownBy(() -> drafts.submit(pi, "secrecy", inconsistent))
                .hasMessageContaining("「审查结论」为「不宜公开」时，「审核结论」（approved）应选择退回修改");

        drafts.submit(pi, "secrecy", Map.of("approved", false, "comment", "第三段涉及企业商业秘密",
                "confidentialityConclusion", "NOT_PUBLISHABLE",
                "confidentialityBasis", "《中华人民共和国政府信息公开条例》第十五条"));

        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_REVISE_DRAFT);
        ConfidentialityRecord record = confidentialityRecords.records(pi.getId()).get(0);
        assertThat(record.conclusion()).isEqualTo(ConfidentialityConclusion.NOT_PUBLISHABLE);
        assertThat(record.basis()).isEqualTo("《中华人民共和国政府信息公开条例》第十五条");
        assertThat(record.reviewer()).isEqualTo("secrecy");
    }

    @Test
    void shouldShowTheScreeningFindingsToTheConfidentialityReviewer() {
        Map<String, Object> draft = ProactiveDrafts.draft(title(), "2026-11-20");
        draft.put("bodyText", "机密★1年\n联系人：张某，手机 13812345678，身份证号 11010519491231002X");
        ProcessInstance pi = drafts.start(ProactiveDrafts.DRAFTER, draft);
        drafts.decide(pi, "policy-head", true, "");

        Map<String, Object> formVariables = engine.getFormService()
                .getTaskFormVariables(drafts.task(pi).getId(), List.of("screeningReport", "screeningFindings"), true);
        assertThat(formVariables.get("screeningFindings")).isEqualTo(3);
        assertThat((String) formVariables.get("screeningReport"))
                .contains("【密级标志】").contains("【居民身份证号码】").contains("【手机号码】")
                .doesNotContain("13812345678");
    }

    @Test
    void shouldPublishOnlyOnceWhenThePublishingJobIsRetried() {
        ProcessInstance pi = drafts.start(title(), "2026-11-20");
        drafts.approveAll(pi);
        Job publishing = job(SERVICE_PUBLISH_ITEM, pi);

        failures.failNextPublication();
        assertThatThrownBy(() -> execute(publishing)).hasMessageContaining("simulated failure");
        assertThat(catalogue.findByProcessInstance(pi.getId())).isEmpty();
        BpmnAwareTests.assertThat(pi).isWaitingAt(SERVICE_PUBLISH_ITEM);

        execute(job(SERVICE_PUBLISH_ITEM, pi));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_ITEM_PUBLISHED);
        CatalogueItem item = catalogue.findByProcessInstance(pi.getId()).orElseThrow();

        // publishing the same approval again (a job run twice) returns the same item
        CatalogueItem again = catalogue.publish(new Publication(pi.getId(), "另一个标题", "", "正文", "news", "policy",
                "政策法规处", null, DocumentType.OTHER, LocalDate.of(2026, 11, 20), true));
        assertThat(again.indexNumber()).isEqualTo(item.indexNumber());
        assertThat(catalogue.search(new cn.gongkai.catalogue.CatalogueQuery(item.indexNumber(), null, null, 1, 10))
                .total()).isEqualTo(1);
    }
}
