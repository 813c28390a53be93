package cn.gongkai.escalation;

import java.util.Set;

/**
 * A person a rung tells, why, and the task the mail links to.
 *
 * @param email null when the user has none (the log says so)
 * @param taskId the person's own task on the matter, else any open task of it; null when none
 */
public record Recipient(String userId, String name, String email, Set<Role> roles, String taskId) {
}
