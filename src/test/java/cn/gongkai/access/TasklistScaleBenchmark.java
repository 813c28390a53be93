package cn.gongkai.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.agency.AgencyGroups;
import cn.gongkai.agency.AgencyProperties;
import cn.gongkai.request.DisclosureRequest;
import cn.gongkai.request.DisclosureRequestProcess;
import cn.gongkai.request.RequestDriver;
import cn.gongkai.request.RequestIntake;
import cn.gongkai.system.PostgresTestDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff's Tasklist filters as open work grows to a province's ({@code mvn -Pbenchmark verify};
 * not part of the normal build): open tasks of every process, spread over the divisions and the
 * agency-wide offices as real work is, are started through the engine's Java API on PostgreSQL
 * (1,000, then 10,000 by default; {@code -Dgongkai.scale.levels=1000,10000,100000} for more); at each level
 * every filter of every role is listed (first page of 15, sorted by creation as Tasklist does) and
 * counted as that person, and the times are written to target/benchmark-tasklist.md with, beside them,
 * the same person's same call with the engine's authorization check switched off: what the engine's own
 * query costs, the least any way of granting could reach. Division isolation is checked at each level;
 * nothing is asserted about time.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("test")
class TasklistScaleBenchmark {

    /**
     * A throw-away PostgreSQL database; {@code -Dgongkai.scale.database=jdbc:postgresql://…} to keep the data
     * for a look afterwards; {@code -Dgongkai.scale.database=h2} for a new embedded default under target/.
     */
    private static final String CHOSEN = System.getProperty("gongkai.scale.database", "");
    static final boolean H2 = CHOSEN.equals("h2");
    private static final String DATABASE = H2
            ? "jdbc:h2:file:./target/scale-h2-" + System.currentTimeMillis() + "/gongkai;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"
            : CHOSEN.isBlank() ? PostgresTestDatabase.newDatabase() : CHOSEN;
    /** {@code -Dgongkai.scale.filters=false}: submissions only (the filters take minutes at 100,000). */
    static final boolean FILTERS = Boolean.parseBoolean(System.getProperty("gongkai.scale.filters", "true"));
    static final List<Integer> LEVELS = Arrays.stream(System.getProperty("gongkai.scale.levels", "1000,10000")
            .split(",")).map(String::trim).map(Integer::valueOf).toList();
    static final List<String> ROLES = List.of("disclosure", "disclosure-head", "policy-staff", "policy-head", "secrecy",
            "leader", "supervisor");
    static final int REPEATS = 9;
    static final int SUBMISSIONS = 40;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", () -> H2 ? "sa" : PostgresTestDatabase.user());
        registry.add("spring.datasource.password", () -> H2 ? "" : PostgresTestDatabase.password());
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    AgencyProperties agency;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    RequestIntake intake;

    @Test
    void everyFilterOfEveryRoleAtOneTenAndOneHundredThousandOpenTasks() throws Exception {
        StringBuilder out = new StringBuilder("# Tasklist filters as open work grows (" + (H2 ? "H2, the embedded default"
                : "PostgreSQL") + ")\n\n")
                .append("Median / p95 of ").append(REPEATS).append(" calls, in ms, through the engine's FilterService as ")
                .append("each person (first page of 15, newest first, as Tasklist asks) and, for reference, the same ")
                .append("person's same call with the engine's authorization check switched off (unchecked): what the ")
                .append("engine's own query costs, the least any way of granting could reach.\n\n");
        int open = (int) engine.getTaskService().createTaskQuery().count(); // a kept database may hold some already
        Random random = new Random(20261130);
        out.append("## Online applications as open work grows\n\n")
                .append("p50 / p95 of ").append(SUBMISSIONS).append(" applications, in ms: the answer to the applicant ")
                .append("(`RequestIntake.submitOnline`, what `POST /api/requests` waits for) and the asynchronous start ")
                .append("of its process that follows (one job).\n\n")
                .append("| open tasks | open applications | answer p50 | answer p95 | start p50 | start p95 |\n|---|---|---|---|---|---|\n");
        StringBuilder filterTables = new StringBuilder();
        submissions(open); // warm-up: the first applications of a fresh JVM are not measured
        out.append(submissions(open));
        for (int level : LEVELS) {
            long started = System.nanoTime();
            seed(Math.max(0, level - open), random);
            open = Math.max(open, level);
            long seeded = System.nanoTime();
            jdbc.execute(H2 ? "ANALYZE" : "VACUUM ANALYZE"); // as autovacuum keeps a running database: visibility maps set, statistics fresh
            checkIsolation();
            out.append(submissions(level));
            filterTables.append("## ").append(level).append(" open tasks\n\n")
                    .append("Seeded in ").append((seeded - started) / 1_000_000_000).append(" s; ")
                    .append(jdbc.queryForObject("SELECT count(*) FROM act_ru_authorization", Long.class))
                    .append(" authorizations, ")
                    .append(jdbc.queryForObject("SELECT count(*) FROM act_hi_actinst", Long.class)
                            + jdbc.queryForObject("SELECT count(*) FROM act_hi_varinst", Long.class)
                            + jdbc.queryForObject("SELECT count(*) FROM act_hi_taskinst", Long.class)
                            + jdbc.queryForObject("SELECT count(*) FROM act_hi_procinst", Long.class))
                    .append(" history rows.\n\n");
            if (FILTERS) {
                filterTables.append(measure()).append(cockpit());
            }
            System.out.println(out.toString() + '\n' + filterTables);
        }
        cn.gongkai.BenchmarkReport.write("tasklist", out.append('\n').append(filterTables).toString());
    }

    // ------------------------------------------------------------------ seeding

    /** One kind of open task: the process, the user task and the variables that place it. */
    record Place(String processKey, String activityId, int weight, Supplier<Map<String, Object>> variables) {
    }

    private List<Place> places(Random random) {
        List<String> divisions = agency.divisions().stream().map(AgencyProperties.Division::code).toList();
        Supplier<String> division = () -> divisions.get(random.nextInt(divisions.size()));
        Supplier<Map<String, Object>> request = () -> {
            String d = division.get();
            Map<String, Object> v = dates(random, "confirmationDueAt", "reviewDueAt", "supplementDueAt", "replyDueAt",
                    "consultationDueAt", "consultationReminderAt", "feeDueAt");
            v.put("replyDueCycle", "R/" + ((Date) v.get("replyDueAt")).toInstant() + "/P1D");
            v.put("handlerGroup", AgencyGroups.staff(d));
            v.put("handlerHeadGroup", AgencyGroups.head(d));
            return v;
        };
        Supplier<Map<String, Object>> proactive = () -> {
            Map<String, Object> v = dates(random, "publishDueAt");
            v.put("division", division.get());
            v.put("drafter", "nobody");
            return v;
        };
        Supplier<Map<String, Object>> consultation = () -> {
            String d = division.get();
            Map<String, Object> v = dates(random, "answerDueAt");
            v.put("answerGroup", AgencyGroups.staff(d));
            v.put("answerHeadGroup", AgencyGroups.head(d));
            return v;
        };
        return List.of(
                new Place("disclosure-request", "user_confirm_application", 6, request),
                new Place("disclosure-request", "user_review_application", 6, request),
                new Place("disclosure-request", "user_draft_reply", 30, request),
                new Place("disclosure-request", "user_record_consultation_reply", 6, request),
                new Place("disclosure-request", "user_handler_head_review", 8, request),
                new Place("disclosure-request", "user_reply_confidentiality_review", 4, request),
                new Place("disclosure-request", "user_leadership_signoff", 3, request),
                new Place("disclosure-request", "user_approve_extension", 2, request),
                new Place("disclosure-request", "user_record_delivery", 5, request),
                new Place("proactive-disclosure", "user_head_review", 8, proactive),
                new Place("proactive-disclosure", "user_confidentiality_review", 4, proactive),
                new Place("proactive-disclosure", "user_office_check", 3, proactive),
                new Place("proactive-disclosure", "user_leadership_approval", 3, proactive),
                new Place("consultation", "user_route_consultation", 4, consultation),
                new Place("consultation", "user_answer_consultation", 6, consultation),
                new Place("consultation", "user_review_consultation_answer", 2, consultation));
    }

    /** Due dates from 10 days ago to 40 days ahead: some overdue, some due soon, most later. */
    private static Map<String, Object> dates(Random random, String... names) {
        Date due = Date.from(Instant.now().plus(random.nextInt(50) - 10, ChronoUnit.DAYS)
                .plus(random.nextInt(24 * 60), ChronoUnit.MINUTES));
        Map<String, Object> v = new HashMap<>();
        for (String name : names) {
            v.put(name, due);
        }
        return v;
    }

    private void seed(int count, Random random) throws Exception {
        List<Place> places = places(random);
        int totalWeight = places.stream().mapToInt(Place::weight).sum();
        List<Place> plan = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(totalWeight);
            for (Place p : places) {
                pick -= p.weight();
                if (pick < 0) {
                    plan.add(p);
                    break;
                }
            }
        }
        // every open task of disclosure-request stands for an application in Gongkai's own table
        long applications = plan.stream().filter(p -> p.processKey().equals("disclosure-request")).count();
        List<Object[]> rows = new ArrayList<>();
        for (long i = 0; i < applications; i++) {
            rows.add(new Object[] {"BENCH-" + UUID.randomUUID().toString().replace("-", "")});
        }
        jdbc.batchUpdate("""
                INSERT INTO disclosure_request (tracking_code, channel, applicant_type, applicant_name, description,
                    status, submitted_at, received_on)
                VALUES (?, 'ONLINE', 'NATURAL_PERSON', '申请人', '基准测试', 'IN_PROGRESS', CURRENT_TIMESTAMP, CURRENT_DATE)""",
                rows);
        // the variables are drawn here, on one thread, so that a run is the same every time
        List<Map<String, Object>> variables = plan.stream().map(p -> p.variables().get()).toList();
        int batch = 200;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int from = 0; from < count; from += batch) {
                int start = from;
                int end = Math.min(count, from + batch);
                done.add(pool.submit(() -> transactions.executeWithoutResult(tx -> {
                    for (int i = start; i < end; i++) {
                        Place p = plan.get(i);
                        engine.getRuntimeService().createProcessInstanceByKey(p.processKey())
                                .businessKey("BENCH-" + System.nanoTime() + "-" + i)
                                .setVariables(variables.get(i))
                                .startBeforeActivity(p.activityId())
                                .execute(true, true);
                    }
                })));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    // ------------------------------------------------------------------ submissions

    /** Online applications one after another, as the public sends them, with their processes' starts. */
    private String submissions(int openTasks) {
        List<Long> answers = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            DisclosureRequest[] submitted = new DisclosureRequest[1];
            answers.add(time(() -> submitted[0] = intake.submitOnline(RequestDriver.application("基准测试申请 " + openTasks))));
            List<Job> jobs = engine.getManagementService().createJobQuery()
                    .processInstanceId(submitted[0].processInstanceId()).executable().list();
            starts.add(time(() -> jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()))));
        }
        long openApplications = jdbc.queryForObject("SELECT count(*) FROM disclosure_request WHERE status <> 'CLOSED'", Long.class);
        return "| " + openTasks + " | " + openApplications + " | " + percentile(answers, 50) + " | " + percentile(answers, 95)
                + " | " + percentile(starts, 50) + " | " + percentile(starts, 95) + " |\n";
    }

    // ------------------------------------------------------------------ isolation

    /** A division's people see their own division's tasks and nothing of another's. */
    private void checkIsolation() {
        List<String> groups = groupsOf("policy-staff");
        List<Task> seen = as("policy-staff", groups, () -> engine.getTaskService().createTaskQuery()
                .orderByTaskCreateTime().desc().listPage(0, 500));
        assertThat(seen).isNotEmpty();
        for (Task task : seen) {
            List<String> candidates = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                    .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
            assertThat(candidates).as("candidates of a task policy-staff sees").containsAnyElementsOf(groups);
        }
    }

    // ------------------------------------------------------------------ measuring

    private String measure() {
        StringBuilder table = new StringBuilder("| person | filter | tasks | list p50 | list p95 | count p50 | count p95 |"
                + " unchecked list p50 | unchecked count p50 |\n|---|---|---|---|---|---|---|---|---|\n");
        FilterService filters = engine.getFilterService();
        for (String user : ROLES) {
            List<String> groups = groupsOf(user);
            List<Filter> readable = as(user, groups, () -> filters.createFilterQuery().filterResourceType("Task").orderByFilterId().asc().list());
            for (Filter filter : readable) {
                List<Long> lists = new ArrayList<>();
                List<Long> counts = new ArrayList<>();
                long[] total = new long[1];
                for (int i = 0; i < REPEATS; i++) {
                    lists.add(time(() -> as(user, groups, () -> filters.listPage(filter.getId(),
                            engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc(), 0, 15))));
                    counts.add(time(() -> total[0] = as(user, groups, () -> filters.count(filter.getId()))));
                }
                List<Long> uncheckedLists = new ArrayList<>();
                List<Long> uncheckedCounts = new ArrayList<>();
                long[] uncheckedTotal = new long[1];
                for (int i = 0; i < REPEATS; i++) {
                    uncheckedLists.add(time(() -> unchecked(() -> as(user, groups, () -> filters.listPage(filter.getId(),
                            engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc(), 0, 15)))));
                    uncheckedCounts.add(time(() -> uncheckedTotal[0] = unchecked(() -> as(user, groups,
                            () -> filters.count(filter.getId())))));
                }
                assertThat(uncheckedTotal[0]).as("the check hides nothing a person's own filter lists").isEqualTo(total[0]);
                table.append("| ").append(user).append(" | ").append(filter.getName()).append(" | ").append(total[0])
                        .append(" | ").append(percentile(lists, 50)).append(" | ").append(percentile(lists, 95))
                        .append(" | ").append(percentile(counts, 50)).append(" | ").append(percentile(counts, 95))
                        .append(" | ").append(percentile(uncheckedLists, 50)).append(" | ").append(percentile(uncheckedCounts, 50))
                        .append(" |\n");
            }
        }
        return table.append('\n').toString();
    }

    /**
     * What a supervisor waits for in Cockpit, through the engine queries behind its pages: the dashboard's
     * statistics per process, a process's running instances (first page of 50 and their count) and the
     * newest finished and running instances in history; as the administrator and as a supervisor.
     */
    private String cockpit() {
        StringBuilder table = new StringBuilder("Cockpit's queries, median / p95 of ").append(REPEATS)
                .append(" calls in ms:\n\n| query | administrator | supervisor |\n|---|---|---|\n");
        Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
        queries.put("statistics of every process (dashboard)",
                () -> engine.getManagementService().createProcessDefinitionStatisticsQuery().includeIncidents().list());
        queries.put("running applications, first 50", () -> engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(DisclosureRequestProcess.KEY).listPage(0, 50));
        queries.put("running applications, count", () -> engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(DisclosureRequestProcess.KEY).count());
        queries.put("history of instances, newest 50", () -> engine.getHistoryService().createHistoricProcessInstanceQuery()
                .orderByProcessInstanceStartTime().desc().listPage(0, 50));
        queries.forEach((name, query) -> {
            table.append("| ").append(name);
            for (String user : List.of("admin", "supervisor")) {
                List<String> groups = user.equals("admin") ? List.of(AgencyGroups.ADMIN) : groupsOf(user);
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < REPEATS; i++) {
                    times.add(time(() -> as(user, groups, query)));
                }
                table.append(" | ").append(percentile(times, 50)).append(" / ").append(percentile(times, 95));
            }
            table.append(" |\n");
        });
        return table.append('\n').toString();
    }

    private List<String> groupsOf(String user) {
        return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    private <T> T as(String user, List<String> groups, Supplier<T> work) {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(user, groups);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The work with the engine's authorization check off (nothing else runs in this benchmark meanwhile). */
    private <T> T unchecked(Supplier<T> work) {
        engine.getProcessEngineConfiguration().setAuthorizationEnabled(false);
        try {
            return work.get();
        } finally {
            engine.getProcessEngineConfiguration().setAuthorizationEnabled(true);
        }
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
