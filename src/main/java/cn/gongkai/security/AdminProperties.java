package cn.gongkai.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator ({@code gongkai.admin.*}). Created once, at the first start, with
 * {@code password}; production has no default password ({@code GONGKAI_ADMIN_PASSWORD}).
 * {@code resetPassword} sets the password again (and lifts any lock) at the next start: the
 * operator's way back in when the administrator's password is lost.
 */
@ConfigurationProperties("gongkai.admin")
public record AdminProperties(
        @DefaultValue("admin") String id,
        String password,
        @DefaultValue("false") boolean resetPassword,
        @DefaultValue("系统管理员") String name,
        @DefaultValue("admin@gongkai.example") String email) {

    /** The environment variable an operator sets; named in every message about the password. */
    public static final String PASSWORD_VARIABLE = "GONGKAI_ADMIN_PASSWORD";

    /** A password is given: not blank and not a placeholder that nothing resolved. */
    boolean passwordGiven() {
        return password != null && !password.isBlank() && !password.contains("${");
    }
}
