package cn.gongkai.access;

import cn.gongkai.correction.CorrectionProcess;
import cn.gongkai.agency.AgencyGroups;
import cn.gongkai.agency.AgencyProperties;
import cn.gongkai.consultation.ConsultationProcess;
import cn.gongkai.legal.LegalCaseProcess;
import cn.gongkai.proactive.ProactiveDisclosure;
import cn.gongkai.report.AnnualReportProcess;
import cn.gongkai.request.DisclosureRequestProcess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters. Everyone sees 我的待办, 本组待办, 即将到期 and 已超期; below them each
 * role sees a filter per process it works on (主动公开 for the divisions, reviewers and leaders, 年度报告
 * for the disclosure office…). These list the tasks of the person's groups, claimed or not
 * ({@link Scope#MINE}), which is what a person who works in groups may read anyway, so that the
 * engine checks the authorization of those tasks only, not of every open task of the agency.
 * Supervisors, who read every task, get the same lists for the whole agency under 全机关…
 * ({@link Scope#AGENCY}). Every task is listed with its matter, its code and the division, from
 * {@link TaskCards}. Filters are created when missing (by name); a filter of an earlier release gets
 * its scope once; a filter an administrator changed after that is left as it is.
 */
@Component
class TasklistFilters {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    static final String MY_TASKS = "我的待办";
    static final String GROUP_TASKS = "本组待办";
    static final String DUE_SOON = "即将到期";
    static final String OVERDUE = "已超期";

    /** Columns shown under each task in the list: the matter, its code and the division. */
    static final List<Map<String, String>> COLUMNS = List.of(
            Map.of("name", TaskCards.SUBJECT.name(), "label", "事项"),
            Map.of("name", TaskCards.CODE.name(), "label", "编号"),
            Map.of("name", TaskCards.DIVISION.name(), "label", "处室"));

    /** Prefix of the supervisors' agency-wide filters. */
    static final String AGENCY_PREFIX = "全机关";

    /** Property naming whose tasks a filter lists; filters of the first releases have none. */
    static final String SCOPE = "scope";

    /** Whose tasks a filter lists. */
    enum Scope {
        /** The tasks of the person's groups, claimed or not (我的待办: the person's own). */
        MINE,
        /** Every open task the person may read (supervisors: all). */
        AGENCY
    }

    /** The columns of the first release, replaced where nobody has changed them. */
    static final List<String> FIRST_RELEASE_COLUMNS = List.of("title", "trackingCode", "divisionName", "publishDueOn",
            "replyDueOn");

    private final FilterService filters;
    private final TaskService tasks;
    private final IdentitySetup identity;
    private final AgencyProperties agency;

    TasklistFilters(FilterService filters, TaskService tasks, IdentitySetup identity, AgencyProperties agency) {
        this.filters = filters;
        this.tasks = tasks;
        this.identity = identity;
        this.agency = agency;
    }

    /** The per-process filters: name, process key, and the groups that work on the process. */
    record ProcessFilter(String name, String processKey, List<String> groups) {
    }

    List<ProcessFilter> processFilters() {
        List<String> divisions = new ArrayList<>(AgencyGroups.all(agency).keySet());
        divisions.removeAll(AgencyGroups.agencyWideIds());
        return List.of(
                new ProcessFilter("主动公开", ProactiveDisclosure.KEY, with(divisions, AgencyGroups.CONFIDENTIALITY,
                        AgencyGroups.GENERAL_OFFICE, AgencyGroups.LEADERSHIP)),
                new ProcessFilter("依申请公开", DisclosureRequestProcess.KEY, with(divisions, AgencyGroups.DISCLOSURE_OFFICE,
                        AgencyGroups.DISCLOSURE_OFFICE_HEAD, AgencyGroups.CONFIDENTIALITY, AgencyGroups.LEADERSHIP)),
                new ProcessFilter("咨询", ConsultationProcess.KEY, with(divisions, AgencyGroups.DISCLOSURE_OFFICE)),
                new ProcessFilter("更正申请", CorrectionProcess.KEY, with(divisions, AgencyGroups.DISCLOSURE_OFFICE)),
                new ProcessFilter("年度报告", AnnualReportProcess.KEY, List.of(AgencyGroups.DISCLOSURE_OFFICE,
                        AgencyGroups.DISCLOSURE_OFFICE_HEAD)),
                new ProcessFilter("复议诉讼", LegalCaseProcess.KEY, List.of(AgencyGroups.DISCLOSURE_OFFICE)));
    }

    void ensure() {
        grantToEveryone(ensure(MY_TASKS, -20, "分配给我的任务", Scope.MINE,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc()));
        grantToEveryone(ensure(GROUP_TASKS, -15, "我所在各组待领取的任务", Scope.MINE,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").orderByDueDate().asc()));
        int priority = -10;
        for (Scope scope : Scope.values()) {
            String prefix = scope == Scope.AGENCY ? AGENCY_PREFIX : "";
            String whose = scope == Scope.AGENCY ? "全机关" : "我所在各组";
            Filter dueSoon = ensure(prefix + DUE_SOON, priority++, whose + "3 个工作日内到期、尚未超期的任务", scope,
                    scoped(scope, tasks.createTaskQuery().dueAfterExpression("${now()}")
                            .dueBeforeExpression("${taskFilterDates.dueSoonLimit()}")));
            Filter overdue = ensure(prefix + OVERDUE, priority++, whose + "已超过期限仍未办结的任务", scope,
                    scoped(scope, tasks.createTaskQuery().dueBeforeExpression("${now()}")));
            List<Filter> all = new ArrayList<>(List.of(dueSoon, overdue));
            for (ProcessFilter p : processFilters()) {
                Filter filter = ensure(prefix + p.name(), priority++, whose + "在「" + p.name() + "」流程中的任务", scope,
                        scoped(scope, tasks.createTaskQuery().processDefinitionKey(p.processKey())));
                all.add(filter);
                if (scope == Scope.MINE) {
                    p.groups().forEach(group -> identity.grant(group, Resources.FILTER, filter.getId(), Permissions.READ));
                }
            }
            if (scope == Scope.MINE) {
                grantToEveryone(dueSoon);
                grantToEveryone(overdue);
            } else {
                all.forEach(f -> identity.grant(AgencyGroups.SUPERVISORS, Resources.FILTER, f.getId(), Permissions.READ));
            }
        }
    }

    /**
     * The query, limited to their groups' tasks (claimed or not) for {@link Scope#MINE}, by deadline.
     * Not "or assigned to me": PostgreSQL then scans every open task (measured: 0.2 s for an empty
     * list at 100,000); a task given to someone outside its groups is in their 我的待办.
     */
    private static TaskQuery scoped(Scope scope, TaskQuery query) {
        if (scope == Scope.MINE) {
            query.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
        }
        return query.orderByDueDate().asc();
    }

    private void grantToEveryone(Filter filter) {
        identity.grantToEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
    }

    private Filter ensure(String name, int priority, String description, Scope scope, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("priority", priority);
            properties.put("description", description);
            properties.put("refresh", true);
            properties.put("variables", COLUMNS);
            properties.put(SCOPE, scope.name());
            filter = filters.saveFilter(filters.newTaskFilter(name).setQuery(query).setProperties(properties));
            log.info("AGENCY-003 Tasklist filter {} created", name);
            return filter;
        }
        if (filter.getProperties() == null || !filter.getProperties().containsKey(SCOPE)) {
            // a filter of an earlier release listed every task the person may read: scope it once
            Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties() == null ? Map.of() : filter.getProperties());
            properties.put(SCOPE, scope.name());
            properties.put("description", description);
            properties.put("priority", priority);
            filter = filters.saveFilter(filter.setQuery(query).setProperties(properties));
            identity.revoke(AgencyGroups.SUPERVISORS, Resources.FILTER, filter.getId());
            log.info("AGENCY-005 Tasklist filter {} now lists {}", name, scope == Scope.MINE
                    ? "the tasks of the person's groups" : "the whole agency's tasks");
        }
        if (hasFirstReleaseColumns(filter)) {
            Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
            properties.put("variables", COLUMNS);
            filter = filters.saveFilter(filter.setProperties(properties));
            log.info("AGENCY-004 Tasklist filter {} now shows the matter, its code and the division", name);
        }
        return filter;
    }

    private static boolean hasFirstReleaseColumns(Filter filter) {
        Object columns = filter.getProperties() == null ? null : filter.getProperties().get("variables");
        return columns instanceof List<?> list && !list.isEmpty() && list.stream()
                .allMatch(c -> c instanceof Map<?, ?> m && FIRST_RELEASE_COLUMNS.contains(String.valueOf(m.get("name"))));
    }

    private static List<String> with(List<String> groups, String... more) {
        List<String> all = new ArrayList<>(groups);
        all.addAll(List.of(more));
        return all;
    }
}
