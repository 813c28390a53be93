package cn.gongkai.agency;

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
 * The shared Tasklist filters every user sees: 我的待办, 本组待办, 即将到期, 已超期. Created when missing
 * (by name) and readable by everyone; a filter an administrator changed is left as it is.
 */
@Component
class TasklistFilters {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    static final String MY_TASKS = "我的待办";
    static final String GROUP_TASKS = "本组待办";
    static final String DUE_SOON = "即将到期";
    static final String OVERDUE = "已超期";

    /** Columns shown in the task list: the item or application and its deadline. */
    static final List<Map<String, String>> COLUMNS = List.of(
            Map.of("name", "title", "label", "标题"),
            Map.of("name", "trackingCode", "label", "申请编号"),
            Map.of("name", "divisionName", "label", "处室"),
            Map.of("name", "publishDueOn", "label", "公开期限"),
            Map.of("name", "replyDueOn", "label", "答复期限"));

    private final FilterService filters;
    private final TaskService tasks;
    private final IdentitySetup identity;

    TasklistFilters(FilterService filters, TaskService tasks, IdentitySetup identity) {
        this.filters = filters;
        this.tasks = tasks;
        this.identity = identity;
    }

    void ensure() {
        ensure(MY_TASKS, -20, "分配给我的任务",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        ensure(GROUP_TASKS, -15, "我所在各组待领取的任务",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").orderByDueDate().asc());
        ensure(DUE_SOON, -10, "3 个工作日内到期、尚未超期的任务",
                tasks.createTaskQuery().dueAfterExpression("${now()}")
                        .dueBeforeExpression("${taskFilterDates.dueSoonLimit()}").orderByDueDate().asc());
        ensure(OVERDUE, -5, "已超过期限仍未办结的任务",
                tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
    }

    private void ensure(String name, int priority, String description, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name)
                    .setQuery(query)
                    .setProperties(Map.of(
                            "priority", priority,
                            "description", description,
                            "refresh", true,
                            "variables", COLUMNS));
            filter = filters.saveFilter(filter);
            log.info("AGENCY-003 Tasklist filter {} created", name);
        }
        identity.grantToEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
    }
}
