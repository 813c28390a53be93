package cn.gongkai.access;

import cn.gongkai.agency.AgencyGroups;
import cn.gongkai.agency.AgencyProperties;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.GongkaiTest;
import cn.gongkai.process.AsUser;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GongkaiTest
class AgencySetupTest {

    @Autowired
    AgencySetup setup;
    @Autowired
    DemoAgency demo;
    @Autowired
    AgencyProperties agency;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    FilterService filters;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyProductGroupExistsWithItsChineseName() {
        for (String id : List.of("camunda-admin", "general-office", "disclosure-office", "disclosure-office-head",
                "confidentiality", "leadership", "supervisors")) {
            assertThat(identity.createGroupQuery().groupId(id).singleResult()).as(id).isNotNull();
        }
        assertThat(agency.divisions()).hasSizeGreaterThanOrEqualTo(4).anyMatch(d -> d.code().equals("policy"));
        for (AgencyProperties.Division d : agency.divisions()) {
            for (String group : List.of(d.code(), d.code() + "-head", d.code() + "-liaison", d.code() + "-reviewer")) {
                Group g = identity.createGroupQuery().groupId(group).singleResult();
                assertThat(g).as(group).isNotNull();
                assertThat(g.getName()).startsWith(d.name());
                assertThat(identity.createUserQuery().memberOfGroup(group).count()).as("members of %s", group).isPositive();
            }
        }
        assertThat(identity.createGroupQuery().groupId("policy").singleResult().getName()).isEqualTo("政策法规处");
    }

    @Test
    void everyAgencyWideGroupHasAPersonAndEveryDemoUserAnEmailAndPasswordDemo() {
        for (String group : AgencyGroups.agencyWideIds()) {
            assertThat(identity.createUserQuery().memberOfGroup(group).count()).as("members of %s", group).isPositive();
        }
        for (DemoAgency.DemoUser person : demo.people()) {
            User user = identity.createUserQuery().userId(person.id()).singleResult();
            assertThat(user.getEmail()).isEqualTo(person.id() + "@gongkai.example");
            assertThat(identity.checkPassword(person.id(), "demo")).as("password of %s", person.id()).isTrue();
        }
        assertThat(identity.checkPassword("admin", "admin")).isTrue();
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isOne();
    }

    @Test
    void aRestartChangesNothing() {
        Map<String, Long> before = counts();
        setup.afterSingletonsInstantiated();
        setup.afterSingletonsInstantiated();
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>();
        counts.put("users", identity.createUserQuery().count());
        counts.put("groups", identity.createGroupQuery().count());
        long memberships = 0;
        for (Group g : identity.createGroupQuery().list()) {
            memberships += identity.createUserQuery().memberOfGroup(g.getId()).count();
        }
        counts.put("memberships", memberships);
        counts.put("authorizations", authorizations.createAuthorizationQuery().count());
        counts.put("filters", filters.createFilterQuery().count());
        return counts;
    }

    @Test
    void everyGroupReachesTasklistAndOnlySupervisorsAndAdminsReachCockpit() {
        for (String group : AgencyGroups.all(agency).keySet()) {
            assertThat(authorizations.isUserAuthorized("nobody", List.of(group), Permissions.ACCESS,
                    Resources.APPLICATION, "tasklist")).as("tasklist for %s", group).isTrue();
        }
        assertThat(authorizations.isUserAuthorized("supervisor", List.of("supervisors"), Permissions.ACCESS,
                Resources.APPLICATION, "cockpit")).isTrue();
        assertThat(authorizations.isUserAuthorized("admin", List.of("camunda-admin"), Permissions.ACCESS,
                Resources.APPLICATION, "cockpit")).isTrue();
        assertThat(authorizations.isUserAuthorized("policy-head", List.of("policy", "policy-head"), Permissions.ACCESS,
                Resources.APPLICATION, "cockpit")).isFalse();
        assertThat(authorizations.isUserAuthorized("leader", List.of("leadership"), Permissions.ACCESS,
                Resources.APPLICATION, "admin")).isFalse();
    }

    @Test
    void theSharedFiltersExistAndEveryoneMayReadThem() {
        for (String name : List.of("我的待办", "本组待办", "即将到期", "已超期")) {
            Filter filter = filters.createFilterQuery().filterName(name).singleResult();
            assertThat(filter).as(name).isNotNull();
            assertThat(authorizations.isUserAuthorized("disclosure", List.of("disclosure-office"), Permissions.READ,
                    Resources.FILTER, filter.getId())).as("read %s", name).isTrue();
        }
    }

    @Test
    void theFiltersSortTasksByDeadlineAsSeenByTheUser() {
        // Fri 2026-11-27 10:00 in Shanghai. Due soon = by the end of Wed Dec 2 (Mon 30, Tue 1, Wed 2).
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-27T02:00:00Z")));
        // formed Tue Nov 3 -> due Tue Dec 1 (Nov 4-6, 9-13, 16-20, 23-27, 30, Dec 1): due soon
        ProcessInstance dueSoon = startDraft("2026-11-03");
        // formed Tue Oct 20 -> due Tue Nov 17: overdue
        ProcessInstance overdue = startDraft("2026-10-20");
        // formed Fri Nov 20 -> due Fri Dec 18: neither
        ProcessInstance later = startDraft("2026-11-20");

        AsUser as = new AsUser(identity);
        List<String> soon = as.call("policy-head", () -> ids(filters.list(filterId("即将到期"))));
        List<String> late = as.call("policy-head", () -> ids(filters.list(filterId("已超期"))));
        List<String> group = as.call("policy-head", () -> ids(filters.list(filterId("本组待办"))));
        assertThat(soon).contains(taskOf(dueSoon)).doesNotContain(taskOf(overdue), taskOf(later));
        assertThat(late).contains(taskOf(overdue)).doesNotContain(taskOf(dueSoon), taskOf(later));
        assertThat(group).contains(taskOf(dueSoon), taskOf(overdue), taskOf(later));

        engine.getTaskService().claim(taskOf(later), "policy-head");
        List<String> mine = as.call("policy-head", () -> ids(filters.list(filterId("我的待办"))));
        assertThat(mine).contains(taskOf(later)).doesNotContain(taskOf(dueSoon), taskOf(overdue));

        List<String> otherDivision = as.call("planning-head", () -> ids(filters.list(filterId("本组待办"))));
        assertThat(otherDivision).doesNotContain(taskOf(dueSoon), taskOf(overdue), taskOf(later));
    }

    @Test
    void eachRoleSeesAFilterForEveryProcessItWorksOnAndNoOther() {
        Map<String, List<String>> readers = Map.of(
                "主动公开", List.of("policy", "policy-head", "confidentiality", "general-office", "leadership"),
                "依申请公开", List.of("disclosure-office", "policy-liaison", "confidentiality", "leadership"),
                "咨询", List.of("disclosure-office", "planning"),
                "年度报告", List.of("disclosure-office", "disclosure-office-head"),
                "复议诉讼", List.of("disclosure-office"),
                "更正申请", List.of("disclosure-office", "policy", "policy-head"));
        // supervisors work on no process: they read the agency-wide lists (全机关…) instead
        Map<String, List<String>> others = Map.of(
                "主动公开", List.of("disclosure-office", "supervisors"),
                "依申请公开", List.of("general-office", "supervisors"),
                "咨询", List.of("leadership", "confidentiality", "supervisors"),
                "年度报告", List.of("policy", "leadership", "supervisors"),
                "复议诉讼", List.of("policy-head", "general-office", "supervisors"),
                "更正申请", List.of("leadership", "confidentiality", "supervisors"));
        readers.forEach((name, groups) -> {
            Filter filter = filters.createFilterQuery().filterName(name).singleResult();
            assertThat(filter).as(name).isNotNull();
            assertThat(filter.getProperties()).containsEntry("variables", TasklistFilters.COLUMNS);
            for (String group : groups) {
                assertThat(authorizations.isUserAuthorized("someone", List.of(group), Permissions.READ, Resources.FILTER,
                        filter.getId())).as("%s reads %s", group, name).isTrue();
            }
            for (String group : others.get(name)) {
                assertThat(authorizations.isUserAuthorized("someone", List.of(group), Permissions.READ, Resources.FILTER,
                        filter.getId())).as("%s does not read %s", group, name).isFalse();
            }
        });
    }

    @Test
    void peopleListTheirGroupsTasksAndSupervisorsTheWholeAgencys() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-27T02:00:00Z")));
        String overdue = taskOf(startDraft("2026-10-20"));
        AsUser as = new AsUser(identity);
        assertThat(as.call("policy-head", () -> ids(filters.list(filterId("主动公开"))))).contains(overdue);
        assertThat(as.call("policy-head", () -> ids(filters.list(filterId("已超期"))))).contains(overdue);
        assertThat(as.call("planning-head", () -> ids(filters.list(filterId("已超期"))))).doesNotContain(overdue);
        // once claimed, the task stays in the lists of the others in the group
        engine.getTaskService().claim(overdue, "policy-head");
        identity.setAuthentication("policy-head-colleague", List.of("policy-head"));
        try {
            assertThat(ids(filters.list(filterId("主动公开")))).contains(overdue);
            assertThat(ids(filters.list(filterId("已超期")))).contains(overdue);
        } finally {
            identity.clearAuthentication();
        }
        for (String name : List.of("全机关即将到期", "全机关已超期", "全机关主动公开", "全机关依申请公开", "全机关咨询",
                "全机关更正申请", "全机关年度报告", "全机关复议诉讼")) {
            String id = filterId(name);
            assertThat(authorizations.isUserAuthorized("someone", List.of("supervisors"), Permissions.READ, Resources.FILTER, id))
                    .as("supervisors read %s", name).isTrue();
            for (String group : List.of("policy", "policy-head", "disclosure-office", "leadership")) {
                assertThat(authorizations.isUserAuthorized("someone", List.of(group), Permissions.READ, Resources.FILTER, id))
                        .as("%s does not read %s", group, name).isFalse();
            }
        }
        assertThat(as.call("supervisor", () -> ids(filters.list(filterId("全机关已超期"))))).contains(overdue);
        assertThat(as.call("supervisor", () -> ids(filters.list(filterId("全机关主动公开"))))).contains(overdue);
        assertThat(as.call("supervisor", () -> ids(filters.list(filterId("已超期"))))).doesNotContain(overdue);
    }

    @Test
    void aFilterOfAnEarlierReleaseIsScopedOnceAndSupervisorsMoveToTheAgencyWideOne() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-27T02:00:00Z")));
        String overdue = taskOf(startDraft("2026-10-20"));
        Filter proactive = filters.createFilterQuery().filterName("主动公开").singleResult();
        Map<String, Object> earlier = new HashMap<>(proactive.getProperties());
        earlier.remove(TasklistFilters.SCOPE);
        filters.saveFilter(proactive.setQuery(engine.getTaskService().createTaskQuery().processDefinitionKey("proactive-disclosure"))
                .setProperties(earlier));
        Authorization supervisorsRead = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        supervisorsRead.setGroupId("supervisors");
        supervisorsRead.setResource(Resources.FILTER);
        supervisorsRead.setResourceId(proactive.getId());
        supervisorsRead.addPermission(Permissions.READ);
        authorizations.saveAuthorization(supervisorsRead);
        assertThat(new AsUser(identity).call("supervisor", () -> ids(filters.list(proactive.getId())))).contains(overdue);

        setup.afterSingletonsInstantiated();

        assertThat(filters.getFilter(proactive.getId()).getProperties()).containsEntry(TasklistFilters.SCOPE, "MINE");
        assertThat(authorizations.isUserAuthorized("someone", List.of("supervisors"), Permissions.READ, Resources.FILTER,
                proactive.getId())).isFalse();
        assertThat(new AsUser(identity).call("policy-head", () -> ids(filters.list(proactive.getId())))).contains(overdue);
    }

    @Test
    void aTaskIsListedWithItsMatterAndDivisionWhichItsCandidatesMayRead() {
        ProcessInstance draft = startDraft("2026-11-20");
        String task = taskOf(draft);
        AsUser as = new AsUser(identity);
        Map<String, Object> shown = as.call("policy-head", () -> {
            Map<String, Object> values = new HashMap<>();
            engine.getRuntimeService().createVariableInstanceQuery().variableScopeIdIn(task)
                    .variableNameIn(TasklistFilters.COLUMNS.stream().map(c -> c.get("name")).toArray(String[]::new))
                    .list().forEach(v -> values.put(v.getName(), v.getValue()));
            return values;
        });
        assertThat(shown).containsEntry("cardSubject", "筛选测试 2026-11-20").containsEntry("cardDivision", "政策法规处");
        // the process's own variables are not readable by the reviewer outside the task: hence the task's copies
        long processVariables = as.call("policy-head", () -> engine.getRuntimeService().createVariableInstanceQuery()
                .processInstanceIdIn(draft.getId()).variableName("title").count());
        assertThat(processVariables).isZero();
    }

    @Test
    void listsCheckEachTaskAgainstThePersonsOwnGrantsAndHonourARevocation() {
        // the per-row check (linear in open tasks) instead of the join with every grant (quadratic):
        // measured in TasklistScaleBenchmark, explained in docs/operations.md
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getAuthorizationCheckRevokes())
                .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_ALWAYS);
        ProcessInstance draft = startDraft("2026-11-21");
        String task = taskOf(draft);
        AsUser as = new AsUser(identity);
        assertThat(as.call("policy-head", () -> ids(filters.list(filterId(TasklistFilters.GROUP_TASKS))))).contains(task);
        Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId("policy-head");
        revoke.setResource(Resources.TASK);
        revoke.setResourceId(task);
        revoke.removePermission(Permissions.READ);
        authorizations.saveAuthorization(revoke);
        try {
            assertThat(as.call("policy-head", () -> ids(filters.list(filterId(TasklistFilters.GROUP_TASKS))))).doesNotContain(task);
        } finally {
            authorizations.deleteAuthorization(revoke.getId());
        }
    }

    @Test
    void aLongMatterIsShortenedToOneLine() {
        assertThat(TaskCards.shortened("  第一行\n第二行  ")).isEqualTo("第一行 第二行");
        String fifty = "政".repeat(50);
        assertThat(TaskCards.shortened(fifty)).hasSize(TaskCards.SUBJECT_LENGTH).endsWith("…");
        assertThat(TaskCards.shortened("政".repeat(TaskCards.SUBJECT_LENGTH))).doesNotContain("…");
    }

    @Test
    void filtersOfTheFirstReleaseGetTheNewColumnsButAnAdministratorsChoiceStays() {
        Filter mine = filters.createFilterQuery().filterName("我的待办").singleResult();
        Filter late = filters.createFilterQuery().filterName("已超期").singleResult();
        Map<String, Object> old = new HashMap<>(mine.getProperties());
        old.put("variables", List.of(Map.of("name", "title", "label", "标题"), Map.of("name", "replyDueOn", "label", "答复期限")));
        filters.saveFilter(mine.setProperties(old));
        Map<String, Object> chosen = new HashMap<>(late.getProperties());
        List<Map<String, String>> adminColumns = List.of(Map.of("name", "applicantName", "label", "申请人"));
        chosen.put("variables", adminColumns);
        filters.saveFilter(late.setProperties(chosen));

        setup.afterSingletonsInstantiated();

        assertThat(filters.getFilter(mine.getId()).getProperties()).containsEntry("variables", TasklistFilters.COLUMNS);
        assertThat(filters.getFilter(late.getId()).getProperties()).containsEntry("variables", adminColumns);
        chosen.put("variables", TasklistFilters.COLUMNS);
        filters.saveFilter(filters.getFilter(late.getId()).setProperties(chosen));
    }

    private ProcessInstance startDraft(String formedOn) {
        Map<String, Object> v = new HashMap<>();
        v.put("title", "筛选测试 " + formedOn);
        v.put("summary", "概述");
        v.put("bodyText", "正文");
        v.put("category", "news");
        v.put("division", "policy");
        v.put("formedOn", formedOn);
        return new AsUser(identity).call("policy-staff",
                () -> engine.getRuntimeService().startProcessInstanceByKey("proactive-disclosure", v));
    }

    private String filterId(String name) {
        return filters.createFilterQuery().filterName(name).singleResult().getId();
    }

    private String taskOf(ProcessInstance pi) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
    }

    private static List<String> ids(List<Task> tasks) {
        return tasks.stream().map(Task::getId).toList();
    }
}
