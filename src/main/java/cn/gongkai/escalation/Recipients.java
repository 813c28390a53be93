package cn.gongkai.escalation;

import cn.gongkai.agency.AgencyGroups;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who a rung tells: the holders of the matter's open tasks (the assignee, else the candidate
 * users and the members of the candidate groups), the head of the handling division (the
 * disclosure office's head when no division has it), the disclosure office's head and the
 * supervisors. Each person once, with every reason.
 */
@Component
class Recipients {

    private final TaskService tasks;
    private final IdentityService identity;

    Recipients(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    List<Recipient> resolve(Set<Role> roles, DeadlineReading reading) {
        List<Task> open = reading.processInstanceId() == null ? List.of()
                : tasks.createTaskQuery().processInstanceId(reading.processInstanceId()).orderByTaskCreateTime().asc().list();
        String anyTask = open.isEmpty() ? null : open.get(0).getId();
        Map<String, Set<Role>> why = new LinkedHashMap<>();
        Map<String, String> ownTask = new LinkedHashMap<>();
        if (roles.contains(Role.HOLDERS)) {
            for (Task task : open) {
                for (String user : holders(task)) {
                    add(why, user, Role.HOLDERS);
                    ownTask.putIfAbsent(user, task.getId());
                }
            }
        }
        if (roles.contains(Role.DIVISION_HEAD)) {
            String group = reading.division() == null ? AgencyGroups.DISCLOSURE_OFFICE_HEAD : AgencyGroups.head(reading.division());
            members(group).forEach(user -> add(why, user, Role.DIVISION_HEAD));
        }
        if (roles.contains(Role.OFFICE_HEAD)) {
            members(AgencyGroups.DISCLOSURE_OFFICE_HEAD).forEach(user -> add(why, user, Role.OFFICE_HEAD));
        }
        if (roles.contains(Role.SUPERVISORS)) {
            members(AgencyGroups.SUPERVISORS).forEach(user -> add(why, user, Role.SUPERVISORS));
        }
        Map<String, User> users = why.isEmpty() ? Map.of()
                : identity.createUserQuery().userIdIn(why.keySet().toArray(String[]::new)).list().stream()
                        .collect(Collectors.toMap(User::getId, Function.identity()));
        List<Recipient> recipients = new ArrayList<>();
        for (Map.Entry<String, Set<Role>> e : why.entrySet()) {
            User user = users.get(e.getKey());
            if (user == null) {
                continue; // no such user (any more)
            }
            recipients.add(new Recipient(user.getId(), displayName(user),
                    blankToNull(user.getEmail()), Set.copyOf(e.getValue()), ownTask.getOrDefault(e.getKey(), anyTask)));
        }
        return recipients;
    }

    private List<String> holders(Task task) {
        if (task.getAssignee() != null) {
            return List.of(task.getAssignee());
        }
        List<String> users = new ArrayList<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getUserId() != null) {
                users.add(link.getUserId());
            } else if (link.getGroupId() != null) {
                users.addAll(members(link.getGroupId()));
            }
        }
        return users;
    }

    private List<String> members(String group) {
        return identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream().map(User::getId).toList();
    }

    private static void add(Map<String, Set<Role>> why, String user, Role role) {
        why.computeIfAbsent(user, u -> EnumSet.noneOf(Role.class)).add(role);
    }

    /** The demo and most agencies keep the full Chinese name in the first name. */
    private static String displayName(User user) {
        return user.getFirstName() == null || user.getFirstName().isBlank() ? user.getId() : user.getFirstName().strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
