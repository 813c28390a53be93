package cn.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.GongkaiTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The first administrator: never without a password, never with the literal placeholder, and recoverable. */
@GongkaiTest
class AdministratorSetupTest {

    @Autowired
    AdministratorSetup setup;
    @Autowired
    IdentityService identity;

    @AfterEach
    void removeTestAdministrators() {
        for (String id : new String[] {"ops", "ops2", "ops3"}) {
            if (identity.createUserQuery().userId(id).count() > 0) {
                identity.deleteUser(id);
            }
        }
    }

    static AdminProperties admin(String id, String password, boolean reset) {
        return new AdminProperties(id, password, reset, "系统管理员", id + "@gongkai.example");
    }

    @Test
    void noAdministratorIsCreatedWithoutAPasswordAndTheMessageNamesTheVariable() {
        for (String missing : new String[] {null, "", "   ", "${GONGKAI_ADMIN_PASSWORD}"}) {
            assertThatThrownBy(() -> setup.ensure(admin("ops", missing, false)))
                    .hasMessageContaining("GONGKAI_ADMIN_PASSWORD").hasMessageContaining("ADMIN-002");
        }
        assertThat(identity.createUserQuery().userId("ops").count()).isZero();
    }

    @Test
    void theFirstAdministratorIsCreatedOnceAsAnAdministrator() {
        setup.ensure(admin("ops", "a-long-enough-secret", false));
        assertThat(identity.checkPassword("ops", "a-long-enough-secret")).isTrue();
        assertThat(identity.createUserQuery().userId("ops").memberOfGroup("camunda-admin").count()).isOne();
        // a later start with another password changes nothing: the password is the administrator's now
        setup.ensure(admin("ops", "another-long-secret", false));
        assertThat(identity.checkPassword("ops", "a-long-enough-secret")).isTrue();
    }

    @Test
    void anAdministratorLeftWithTheLiteralPlaceholderGetsTheRealPasswordOrTheStartIsRefused() {
        User old = identity.newUser("ops2");
        old.setPassword("${GONGKAI_ADMIN_PASSWORD}");
        identity.saveUser(old);
        identity.createMembership("ops2", "camunda-admin");

        assertThatThrownBy(() -> setup.ensure(admin("ops2", null, false))).hasMessageContaining("GONGKAI_ADMIN_PASSWORD");
        setup.ensure(admin("ops2", "now-a-real-secret", false));
        assertThat(identity.checkPassword("ops2", "${GONGKAI_ADMIN_PASSWORD}")).isFalse();
        assertThat(identity.checkPassword("ops2", "now-a-real-secret")).isTrue();
    }

    @Test
    void resetPasswordSetsItAgainAtTheNextStart() {
        setup.ensure(admin("ops3", "the-first-secret-x", false));
        setup.ensure(admin("ops3", "the-rotated-secret", true));
        assertThat(identity.checkPassword("ops3", "the-first-secret-x")).isFalse();
        assertThat(identity.checkPassword("ops3", "the-rotated-secret")).isTrue();
    }

    @Test
    void theProductionProfileAsShippedHasNoDefaultPasswordSoTheFirstStartIsRefused() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        for (String file : new String[] {"application-postgres.yaml", "application.yaml"}) {
            yaml.load(file, new ClassPathResource(file)).forEach(environment.getPropertySources()::addLast);
        }
        AdminProperties production = Binder.get(environment).bind("gongkai.admin", AdminProperties.class).get();
        assertThat(production.passwordGiven()).isFalse();
        assertThatThrownBy(() -> setup.ensure(new AdminProperties("ops", production.password(), false, "x", "x@example.com")))
                .hasMessageContaining("Set the environment variable GONGKAI_ADMIN_PASSWORD");
    }

    @Test
    void productionPasswordsFollowThePolicy() {
        AgencyPasswordPolicy policy = new AgencyPasswordPolicy();
        User user = identity.newUser("someone");
        user.setFirstName("王建国");
        assertThat(policy.getRules()).allMatch(r -> r.execute("correct-horse-battery", user));
        assertThat(policy.getRules()).anyMatch(r -> !r.execute("short-pass1", user));
        assertThat(policy.getRules()).anyMatch(r -> !r.execute("someone-secret-2026", user));
    }
}
