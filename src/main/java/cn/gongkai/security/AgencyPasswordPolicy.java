package cn.gongkai.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * Passwords of people (OWASP ASVS 2.1): at least {@value #MIN_LENGTH} characters, any characters,
 * no composition rules, and not the user's own id, name or e-mail address. The engine checks it
 * whenever a password is set (Admin, {@code /engine-rest}, the first administrator); the webapps
 * show the rules in Chinese by their placeholders.
 */
class AgencyPasswordPolicy implements PasswordPolicy {

    static final int MIN_LENGTH = 12;

    @Override
    public List<PasswordPolicyRule> getRules() {
        return List.of(new Length(), new NoUserData());
    }

    /** "{{minLength}} 个字符". */
    static final class Length implements PasswordPolicyRule {

        @Override
        public String getPlaceholder() {
            return "PASSWORD_POLICY_LENGTH";
        }

        @Override
        public Map<String, String> getParameters() {
            return Map.of("minLength", String.valueOf(MIN_LENGTH));
        }

        @Override
        public boolean execute(String password) {
            return password != null && password.codePointCount(0, password.length()) >= MIN_LENGTH;
        }
    }

    /** "不得包含用户信息". */
    static final class NoUserData implements PasswordPolicyRule {

        @Override
        public String getPlaceholder() {
            return "PASSWORD_POLICY_USER_DATA";
        }

        @Override
        public Map<String, String> getParameters() {
            return null;
        }

        @Override
        public boolean execute(String password) {
            return true;
        }

        @Override
        public boolean execute(String password, User user) {
            if (password == null || user == null) {
                return true;
            }
            String p = password.toLowerCase(Locale.ROOT);
            for (String data : new String[] {user.getId(), user.getFirstName(), user.getLastName(), user.getEmail()}) {
                if (data != null && data.strip().length() >= 3 && p.contains(data.strip().toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            return true;
        }
    }
}
