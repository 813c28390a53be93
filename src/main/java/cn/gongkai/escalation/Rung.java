package cn.gongkai.escalation;

import java.util.Set;

/**
 * One rung of an escalation ladder: {@code offset} working days from the due day (negative before
 * it, 0 on it, positive after it), whom to tell, and whether to repeat every working day after.
 */
public record Rung(int offset, Set<Role> roles, boolean repeat) {

    public Rung {
        roles = roles == null ? Set.of(Role.HOLDERS) : Set.copyOf(roles);
    }

    /** How the matter stands at this rung, in Chinese. */
    public String label() {
        if (offset < 0) {
            return "还剩 " + (-offset) + " 个工作日";
        }
        return offset == 0 ? "今日到期" : "已超期";
    }
}
