package cn.gongkai.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.StatementLog;
import cn.gongkai.proactive.ProactiveDrafts;
import cn.gongkai.request.DisclosureRequest;
import cn.gongkai.request.Outcome;
import cn.gongkai.request.RequestDriver;
import cn.gongkai.request.RequestIntake;
import cn.gongkai.request.RequestRepository;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.PostgresTestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Whole life cycles per user task against a bare process on the same engine and database, in one run
 * ({@code mvn -Pbenchmark verify}; not part of the normal build). Each round runs, one after another, a
 * bare three-user-task process, a whole {@code disclosure-request} (online application to service: 7
 * user tasks), a whole {@code proactive-disclosure} (draft to publication: 4 user tasks) and the bare
 * process again carrying as many variables per task as an application writes (how much of the difference
 * the variables alone explain). Every task
 * is claimed and its form submitted by a person of its group through the FormService, as Tasklist does;
 * every job the cycle leaves (its asynchronous steps, the reminder watches it starts) is run and counted
 * with it. Results go to target/benchmark-lifecycle.md; nothing is asserted about time.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("test")
class LifeCycleBenchmark {

    private static final String DATABASE = PostgresTestDatabase.newDatabase();
    static final int ROUNDS = Integer.getInteger("gongkai.lifecycle.rounds", 40);
    static final int WARM_UP = 5;
    static final String BARE = "bare-three-tasks";
    static final String BARE_WITH_VARIABLES = "bare-three-tasks-with-variables";
    /*
     * What an application writes per user task, on average over its seven: 67 variables created in its life,
     * three of them on every task for Tasklist's columns (TaskCards), and about 21 changes (docs/operations.md).
     */
    static final int CARD_VARIABLES = 3;
    static final int NEW_VARIABLES = 7;
    /** Set in every task's form: new in the first, changed in the two after. */
    static final int EVERY_TASK_VARIABLES = 3;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.use(registry, () -> DATABASE);
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    RequestIntake intake;
    @Autowired
    RequestRepository requests;
    @Autowired
    AgencyTime time;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void wholeLifeCyclesPerUserTaskAgainstABareThreeTaskProcess() throws Exception {
        BpmnModelInstance bare = Bpmn.createExecutableProcess(BARE).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("one").camundaCandidateGroups("disclosure-office")
                .userTask("two").camundaCandidateGroups("disclosure-office")
                .userTask("three").camundaCandidateGroups("disclosure-office")
                .endEvent().done();
        engine.getRepositoryService().createDeployment().addModelInstance(BARE + ".bpmn", bare)
                .addModelInstance(BARE_WITH_VARIABLES + ".bpmn", bareWithVariables()).deploy();
        TaskDriver tasks = new TaskDriver(engine);
        RequestDriver request = new RequestDriver(engine, intake);
        ProactiveDrafts proactive = new ProactiveDrafts(engine);

        List<Double> bareTimes = new ArrayList<>();
        List<Double> requestTimes = new ArrayList<>();
        List<Double> proactiveTimes = new ArrayList<>();
        List<Double> variableTimes = new ArrayList<>();
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            boolean measured = round >= WARM_UP;
            // -Dgongkai.statement-log=true: PostgreSQL logs the first measured round's statements
            boolean logged = round == WARM_UP;
            StatementLog statements = new StatementLog(jdbc);
            statements.on(logged);
            statements.mark(logged, "bare");
            double b = perTask(3, () -> bareCycle(tasks));
            statements.mark(logged, "request");
            double r = perTask(7, () -> {
                ProcessInstance pi = request.submitOnline("基准测试：全流程 " + UUID.randomUUID());
                request.confirm(pi);
                request.assign(pi, "policy");
                request.draftReply(pi, "policy-staff", Outcome.DISCLOSED, null);
                request.signOff(pi, "policy-head");
                DisclosureRequest replied = requests.findByTrackingCode(pi.getBusinessKey()).orElseThrow();
                LocalDate today = time.today();
                LocalDate servedOn = replied.repliedOn() != null && replied.repliedOn().isAfter(today) ? replied.repliedOn() : today;
                request.serve(pi, "ELECTRONIC", servedOn.toString());
                runJobs();
                assertEnded(pi);
            });
            statements.mark(logged, "bare-again");
            double bareAgain = perTask(3, () -> bareCycle(tasks));
            statements.mark(logged, "proactive");
            double p = perTask(4, () -> {
                ProcessInstance pi = proactive.start("基准测试：主动公开 " + UUID.randomUUID(), time.today().toString());
                proactive.decide(pi, "policy-head", true, "同意");
                proactive.decide(pi, "secrecy", true, "");
                proactive.decide(pi, "office", true, "");
                proactive.decide(pi, "leader", true, "同意发布");
                runJobs();
                assertEnded(pi);
            });
            statements.mark(logged, "bare-with-variables");
            double v = perTask(3, () -> bareCycleWithVariables(tasks));
            statements.mark(logged, "end");
            statements.off(logged);
            if (measured) {
                variableTimes.add(v);
                bareTimes.add(b);
                bareTimes.add(bareAgain);
                requestTimes.add(r);
                proactiveTimes.add(p);
            }
        }
        double bareMedian = median(bareTimes);
        String text = "# Whole life cycles per user task (PostgreSQL)\n\n"
                + ROUNDS + " rounds after " + WARM_UP + " unmeasured ones; median ms per user task, and the bare process's "
                + "median divided by the process's (1.0 = as fast as the bare process per user task).\n\n"
                + "| process | user tasks | ms per user task (median) | relative to the bare process |\n|---|---|---|---|\n"
                + String.format("| bare three-user-task process | 3 | %.1f | 1.00 |%n", bareMedian)
                + String.format("| disclosure-request (online application to service) | 7 | %.1f | %.2f |%n",
                        median(requestTimes), bareMedian / median(requestTimes))
                + String.format("| proactive-disclosure (draft to publication) | 4 | %.1f | %.2f |%n",
                        median(proactiveTimes), bareMedian / median(proactiveTimes))
                + String.format("| the bare process carrying an application's variables (per task: %d task-local ones set when it "
                        + "is created; in its form %d new ones and %d set in every form, new in the first, changed after) | 3 "
                        + "| %.1f | %.2f |%n", CARD_VARIABLES, NEW_VARIABLES, EVERY_TASK_VARIABLES, median(variableTimes),
                        bareMedian / median(variableTimes));
        System.out.println(text);
        cn.gongkai.BenchmarkReport.write("lifecycle", text);
    }

    /** The bare process: started, then its three tasks claimed and submitted by a person of their group. */
    private void bareCycle(TaskDriver tasks) {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(BARE);
        for (int i = 0; i < 3; i++) {
            tasks.submit(pi, "disclosure", Map.of());
        }
        assertEnded(pi);
    }

    /** The bare process with task listeners that give each new task its card variables, as TaskCards does. */
    private static BpmnModelInstance bareWithVariables() {
        AbstractFlowNodeBuilder<?, ?> process = Bpmn.createExecutableProcess(BARE_WITH_VARIABLES).camundaHistoryTimeToLive(1)
                .startEvent();
        for (String id : List.of("one", "two", "three")) {
            UserTaskBuilder task = process.userTask(id).camundaCandidateGroups("disclosure-office");
            for (int c = 0; c < CARD_VARIABLES; c++) {
                task = task.camundaTaskListenerExpression("create", "${task.setVariableLocal('card" + c + "', 'x')}");
            }
            process = task;
        }
        return process.endEvent().done();
    }

    /** The bare process whose forms write new and changed variables as an application's do. */
    private void bareCycleWithVariables(TaskDriver tasks) {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(BARE_WITH_VARIABLES);
        for (int i = 0; i < 3; i++) {
            Map<String, Object> form = new HashMap<>();
            for (int n = 0; n < NEW_VARIABLES; n++) {
                form.put("field" + i + "_" + n, "value " + n);
            }
            for (int n = 0; n < EVERY_TASK_VARIABLES; n++) {
                form.put("shared" + n, "step " + i);
            }
            tasks.submit(pi, "disclosure", form);
        }
        assertEnded(pi);
    }

    private void runJobs() {
        for (int pass = 0; pass < 10; pass++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    private void assertEnded(ProcessInstance pi) {
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count())
                .as("instance %s ended", pi.getId()).isZero();
    }

    private static double perTask(int userTasks, Runnable cycle) {
        long start = System.nanoTime();
        cycle.run();
        return (System.nanoTime() - start) / 1_000_000.0 / userTasks;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
