package cn.gongkai.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.catalogue.CatalogueItem;
import cn.gongkai.catalogue.CatalogueService;
import cn.gongkai.catalogue.DocumentType;
import cn.gongkai.catalogue.Publication;
import cn.gongkai.escalation.DeadlineRemindersProcess;
import cn.gongkai.escalation.DeadlineWatches;
import cn.gongkai.escalation.Matter;
import cn.gongkai.escalation.ReminderService;
import cn.gongkai.escalation.WatchedClock;
import cn.gongkai.process.AsUser;
import cn.gongkai.request.RequestDriver;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application on the real PostgreSQL server: migrations, engine schema, the demo agency, the
 * whole proactive-disclosure chain and concurrent index-number allocation.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PostgresIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.use(registry, PostgresTestDatabase::url);
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void runsOnPostgresql() {
        String product = jdbc.sql("SELECT version()").query(String.class).single();
        assertThat(product).startsWith("PostgreSQL");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success").query(Integer.class).single())
                .isPositive();
        assertThat(engine.getIdentityService().checkPassword("policy-staff", "demo")).isTrue();
        // the engine tables come from Camunda's scripts under Flyway; the engine only checked them
        assertThat(jdbc.sql("SELECT success FROM flyway_schema_history WHERE version = '4'").query(Boolean.class).single())
                .isTrue();
        assertThat(jdbc.sql("SELECT version_ FROM act_ge_schema_log ORDER BY id_ DESC LIMIT 1").query(String.class).single())
                .isEqualTo("7.24.0");
    }

    @Test
    void anApplicationAndItsFilesAreStoredTogetherOrNotAtAll(@Autowired TransactionTemplate tx,
            @Autowired cn.gongkai.request.RequestIntake intake, @Autowired JdbcClient jdbcClient) {
        cn.gongkai.files.StoredTogether.aCrashBeforeTheCommitLeavesNeitherTheApplicationNorItsFiles(tx, intake, jdbcClient);
    }

    @Test
    void theJobExecutorFindsJobsThroughIndexesLongestDueFirst() {
        // without both, every acquisition scans the job table from its first block (docs/operations.md)
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).isJobExecutorAcquireByDueDate())
                .isTrue();
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE tablename = 'act_ru_job' AND indexname = 'gk_idx_job_duedate'")
                .query(String.class).single()).contains("(duedate_)");
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE tablename = 'act_ru_job' AND indexname = 'gk_idx_job_locked'")
                .query(String.class).single()).contains("(lock_exp_time_)", "WHERE (lock_owner_ IS NOT NULL)");
    }

    @Test
    void runsWithFullHistoryExceptTheWatchStepsOnADatabaseThatFullHistoryWrote() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryLevel().getName()).isEqualTo(cn.gongkai.escalation.WatchHistory.NAME);
        // the database records the level as plain full does: existing databases start unchanged, and a
        // node may go back to full
        assertThat(jdbc.sql("SELECT value_ FROM act_ge_property WHERE name_ = 'historyLevel'").query(String.class).single())
                .isEqualTo(String.valueOf(org.camunda.bpm.engine.impl.history.HistoryLevel.HISTORY_LEVEL_FULL.getId()));
    }

    @Test
    void everyConnectionRunsWithoutJitCompilation() {
        // the server's default is on (it compiled each engine task query for seconds at 100,000 open tasks)
        assertThat(jdbc.sql("SELECT boot_val FROM pg_settings WHERE name = 'jit'").query(String.class).single()).isEqualTo("on");
        for (int i = 0; i < 3; i++) {
            assertThat(jdbc.sql("SHOW jit").query(String.class).single()).isEqualTo("off");
        }
    }

    @Test
    void theEngineFindsTheGroupsWithAuthorizationsBySkippingAlongTheirIndex() {
        // it asks in every command of a signed-in person; reading every row took 10-17 ms at 100,000 open tasks
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (String group : List.of("gk-skip-a", "gk-skip-b", "gk-skip-b", "gk-skip-c")) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grant.setResource(Resources.TASK);
            grant.setResourceId(UUID.randomUUID().toString());
            grant.addPermission(Permissions.READ);
            authorizations.saveAuthorization(grant);
        }
        Authorization personal = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        personal.setUserId("gk-skip-user"); // a row without a group
        personal.setResource(Resources.TASK);
        personal.setResourceId(UUID.randomUUID().toString());
        personal.addPermission(Permissions.READ);
        authorizations.saveAuthorization(personal);

        assertThat(configuration.getDbSqlSessionFactory().mapStatement("selectAuthorizedGroupIds"))
                .isEqualTo("selectAuthorizedGroupIdsBySkipping");
        List<Object> found = configuration.getCommandExecutorTxRequired()
                .execute(context -> new java.util.ArrayList<Object>(context.getDbEntityManager().selectList("selectAuthorizedGroupIds")));
        List<String> everyRow = jdbc.sql("SELECT DISTINCT group_id_ FROM act_ru_authorization WHERE group_id_ IS NOT NULL")
                .query(String.class).list();
        assertThat(found).containsExactlyInAnyOrderElementsOf(everyRow).contains("gk-skip-a", "gk-skip-b", "gk-skip-c");
    }

    @Test
    void carriesADraftThroughEveryReviewerIntoTheCatalogue() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-27T02:00:00Z")));
        AsUser as = new AsUser(engine.getIdentityService());
        String title = "PostgreSQL 上的主动公开 " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> draft = new HashMap<>();
        draft.put("title", title);
        draft.put("summary", "概述");
        draft.put("bodyText", "正文");
        draft.put("category", "services");
        draft.put("division", "sme");
        draft.put("formedOn", "2026-11-25");
        ProcessInstance pi = as.call("sme-staff",
                () -> engine.getRuntimeService().startProcessInstanceByKey("proactive-disclosure", draft));

        for (String reviewer : List.of("sme-head", "secrecy", "office", "leader")) {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
            as.run(reviewer, () -> {
                engine.getTaskService().claim(task.getId(), reviewer);
                engine.getFormService().submitTaskForm(task.getId(), Map.of("approved", true, "comment", "同意"));
            });
        }
        Job publishing = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(
                "service_publish_item").singleResult();
        engine.getManagementService().executeJob(publishing.getId());

        CatalogueItem item = catalogue.findByProcessInstance(pi.getId()).orElseThrow();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
                .singleResult().getEndActivityId()).isEqualTo("end_item_published");
        mvc.perform(get("/api/catalogue/" + item.indexNumber()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.divisionName").value("中小企业处"));
        mvc.perform(get("/api/catalogue").param("q", title).param("year", "2026"))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void concurrentPublishersOfANewYearGetDistinctSerials() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-03-02T02:00:00Z")));
        int publishers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(publishers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Callable<String>> work = new java.util.ArrayList<>();
            for (int i = 0; i < publishers; i++) {
                int n = i;
                work.add(() -> {
                    start.await();
                    return catalogue.publish(new Publication(UUID.randomUUID().toString(), "并发发布 " + n, "",
                            "正文", "news", "policy", "政策法规处", null, DocumentType.OTHER,
                            LocalDate.of(2031, 3, 1), true)).indexNumber();
                });
            }
            List<Future<String>> futures = work.stream().map(pool::submit).toList();
            start.countDown();
            List<String> numbers = new java.util.ArrayList<>();
            for (Future<String> f : futures) {
                numbers.add(f.get());
            }
            assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.startsWith("765432100/2031-"));
            assertThat(numbers).containsExactlyInAnyOrder("765432100/2031-00001", "765432100/2031-00002",
                    "765432100/2031-00003", "765432100/2031-00004", "765432100/2031-00005", "765432100/2031-00006");
        } finally {
            pool.shutdownNow();
        }
    }

    @Autowired
    cn.gongkai.request.RequestIntake intake;
    @Autowired
    cn.gongkai.request.RequestRepository requests;
    @Autowired
    cn.gongkai.request.RequestLetters documents;

    @Test
    void handlesAnApplicationUnderTheStatutoryClock() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-02T02:00:00Z")));
        AsUser as = new AsUser(engine.getIdentityService());
        Map<String, Object> body = new HashMap<>();
        body.put("applicantType", "RESEARCH_INSTITUTION");
        body.put("applicantName", "某某大学经济研究所");
        body.put("contactEmail", "research@example.edu.cn");
        body.put("description", "2025年全区规模以上工业企业数字化改造项目名单");
        cn.gongkai.request.DisclosureRequest r = intake.submitOnline(body);
        String pi = r.processInstanceId();
        engine.getManagementService().executeJob(
                engine.getManagementService().createJobQuery().processInstanceId(pi).singleResult().getId());

        java.util.function.BiConsumer<String, Map<String, Object>> submit = (user, variables) -> {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
            as.run(user, () -> {
                engine.getTaskService().claim(task.getId(), user);
                engine.getFormService().submitTaskForm(task.getId(), variables);
            });
        };
        submit.accept("disclosure", Map.of("confirmed", true));
        submit.accept("disclosure", Map.of("complete", true, "division", "informatization"));
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-05T02:00:00Z")));
        submit.accept("informatization-liaison", Map.of("thirdPartyConsultation", true, "consultationKind", "THIRD_PARTY",
                "consultationParty", "某某科技股份有限公司", "consultationMatters", "名单中的企业信息是否涉及商业秘密"));
        submit.accept("informatization-liaison", Map.of("consultationSentOn", "2026-11-04", "consultationDeliveredOn", "2026-11-05"));
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-12T02:00:00Z")));
        submit.accept("informatization-liaison", Map.of("consultationResult", "AGREED", "consultationOpinion", "同意公开",
                "consultationRepliedOn", "2026-11-12"));
        submit.accept("informatization-liaison", Map.of("outcome", "DISCLOSED", "provisionForm", "ELECTRONIC", "provisionMethod", "EMAIL"));
        submit.accept("informatization-head", Map.of("approved", true));
        submit.accept("secrecy", Map.of("approved", true));
        submit.accept("leader", Map.of("approved", true));
        submit.accept("disclosure", Map.of("serviceMethod", "ELECTRONIC", "servedOn", "2026-11-12"));

        cn.gongkai.request.DisclosureRequest closed = requests.get(r.id());
        assertThat(closed.status()).isEqualTo(cn.gongkai.request.RequestStatus.CLOSED);
        // due Mon 11-30, paused (11-04, 11-12] = 6 working days -> Tue 12-08
        assertThat(closed.replyDueOn()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(documents.list(r.id())).extracting(d -> d.kind().name())
                .containsExactly("CONSULTATION_LETTER", "REPLY");
        byte[] reply = documents.content(r.id(), documents.list(r.id()).get(1).id()).orElseThrow();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
                new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(reply))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("政府信息公开申请答复书");
        }
        mvc.perform(get("/api/requests/" + r.trackingCode()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.outcome").value("DISCLOSED"))
                .andExpect(jsonPath("$.pausedWorkingDays").value(6))
                .andExpect(jsonPath("$.servedOn").value("2026-11-12"));
    }

    @Autowired
    DeadlineWatches watches;
    @Autowired
    ReminderService reminders;

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    /** Several nodes told at once that a clock applies: one watch, not one per node. */
    @Test
    void aClockIsWatchedOnceWhenNodesRaceToStartIt() throws Exception {
        Matter matter = Matter.request("YS2026-RACE-" + UUID.randomUUID().toString().substring(0, 8));
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        runTogether(6, () -> tx.executeWithoutResult(s -> watches.refresh(matter, List.of(WatchedClock.REPLY))));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DeadlineRemindersProcess.KEY)
                .processInstanceBusinessKey(matter.watchKey(WatchedClock.REPLY)).count()).isEqualTo(1);
    }

    /** Two nodes running the same step at once (a job run twice): the person gets one mail. */
    @Test
    void aStepSentByTwoNodesAtOnceReachesThePersonOnce() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-02T02:00:00Z")));
        RequestDriver driver = new RequestDriver(engine, intake);
        ProcessInstance pi = driver.register("IN_PERSON", "2026-11-02", "两个节点同时发送提醒");
        driver.assign(pi, "policy");
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T01:00:00Z")));
        Matter matter = Matter.request(pi.getBusinessKey());
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        runTogether(4, () -> tx.executeWithoutResult(s -> reminders.sendTo(matter, WatchedClock.REPLY, -5,
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), "policy-staff")));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reminder_mail WHERE matter = :m AND status = 'SENT'")
                .param("m", matter.key()).query(Integer.class).single()).isEqualTo(1);
    }

    private static void runTogether(int threads, Runnable work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    work.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
