package cn.gongkai.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.gongkai.agency.AgencyGroups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The first administrator, in every environment. Replaces the starter's {@code admin-user}, which
 * created the user with whatever text it was given (an unset {@code ${GONGKAI_ADMIN_PASSWORD}}
 * became the password) and never looked again:
 * <ul>
 * <li>no administrator yet and no password given: the application refuses to start, naming
 * {@value AdminProperties#PASSWORD_VARIABLE};</li>
 * <li>an administrator whose password is still the unresolved placeholder (made by an earlier
 * version): its password is set from the variable, or the start is refused;</li>
 * <li>{@code gongkai.admin.reset-password=true}: the password is set again and the user unlocked
 * (rotation and recovery).</li>
 * </ul>
 * Passwords are never logged.
 */
@Component
public class AdministratorSetup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdministratorSetup.class);

    /** What an earlier version stored as the password when the variable was not set. */
    static final String UNRESOLVED_PLACEHOLDER = "${" + AdminProperties.PASSWORD_VARIABLE + "}";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final AdminProperties admin;

    AdministratorSetup(IdentityService identity, AuthorizationService authorizations, AdminProperties admin) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.admin = admin;
    }

    /** At start, after the engine is built and before the web server takes the first login. */
    @Override
    public void afterSingletonsInstantiated() {
        ensure(admin);
    }

    public void ensure(AdminProperties admin) {
        User user = identity.createUserQuery().userId(admin.id()).singleResult();
        if (user == null) {
            create(admin);
        } else if (admin.resetPassword()) {
            setPassword(admin, "ADMIN-003 administrator {}: password set again and unlocked (gongkai.admin.reset-password);"
                    + " remove GONGKAI_ADMIN_RESET_PASSWORD before the next start");
        } else if (stillThePlaceholder(admin.id())) {
            if (!admin.passwordGiven()) {
                throw missingPassword(admin, "still has the unset placeholder " + UNRESOLVED_PLACEHOLDER
                        + " as its password (made by an earlier version)");
            }
            setPassword(admin, "ADMIN-004 administrator {}: the unset placeholder password is replaced by "
                    + AdminProperties.PASSWORD_VARIABLE);
        }
        ensureAdminGroup();
        if (identity.createUserQuery().userId(admin.id()).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            identity.createMembership(admin.id(), Groups.CAMUNDA_ADMIN);
        }
    }

    private void create(AdminProperties admin) {
        if (!admin.passwordGiven()) {
            throw missingPassword(admin, "does not exist yet");
        }
        User user = identity.newUser(admin.id());
        user.setFirstName(admin.name());
        user.setLastName("管理员");
        user.setEmail(admin.email());
        user.setPassword(admin.password());
        try {
            identity.saveUser(user);
        } catch (ProcessEngineException e) {
            if (identity.createUserQuery().userId(admin.id()).count() > 0) {
                return; // another node created it at the same moment
            }
            throw new IllegalStateException("ADMIN-005 the administrator " + admin.id() + " cannot be created: "
                    + e.getMessage() + ". Set " + AdminProperties.PASSWORD_VARIABLE
                    + " to a password of at least " + AgencyPasswordPolicy.MIN_LENGTH
                    + " characters that does not contain the user id, name or e-mail address.", e);
        }
        log.info("ADMIN-001 administrator {} created", admin.id());
    }

    private void setPassword(AdminProperties admin, String message) {
        if (!admin.passwordGiven()) {
            throw missingPassword(admin, "is to get a new password (gongkai.admin.reset-password)");
        }
        User user = identity.createUserQuery().userId(admin.id()).singleResult();
        user.setPassword(admin.password());
        identity.saveUser(user);
        identity.unlockUser(admin.id());
        log.warn(message, admin.id());
    }

    /** Whether the stored password is the placeholder text; a failed check is not left counting as a failed login. */
    private boolean stillThePlaceholder(String id) {
        if (identity.checkPassword(id, UNRESOLVED_PLACEHOLDER)) {
            return true;
        }
        identity.unlockUser(id);
        return false;
    }

    private static IllegalStateException missingPassword(AdminProperties admin, String situation) {
        return new IllegalStateException("ADMIN-002 the administrator " + admin.id() + " " + situation
                + ", and no password is given. Set the environment variable " + AdminProperties.PASSWORD_VARIABLE
                + " (at least " + AgencyPasswordPolicy.MIN_LENGTH + " characters) and start again.");
    }

    private void ensureAdminGroup() {
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("系统管理员");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            try {
                identity.saveGroup(group);
            } catch (ProcessEngineException e) {
                if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
                    throw e;
                }
            }
        }
        for (Resource resource : Resources.values()) {
            if (authorizations.createAuthorizationQuery().groupIdIn(AgencyGroups.ADMIN).resourceType(resource)
                    .resourceId(ANY).count() == 0) {
                Authorization all = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                all.setGroupId(AgencyGroups.ADMIN);
                all.setResource(resource);
                all.setResourceId(ANY);
                all.addPermission(Permissions.ALL);
                authorizations.saveAuthorization(all);
            }
        }
    }
}
