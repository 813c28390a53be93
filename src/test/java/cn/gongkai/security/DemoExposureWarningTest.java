package cn.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.agency.DemoProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The demo's well-known passwords are announced at start, louder when other machines can reach them. */
class DemoExposureWarningTest {

    static DemoExposureWarning warning(boolean demo, String adminPassword, String address) {
        return new DemoExposureWarning(new DemoProperties(demo, "demo", "gongkai.example"),
                new AdminProperties("admin", adminPassword, false, "系统管理员", "admin@gongkai.example"),
                new MockEnvironment().withProperty("server.address", address));
    }

    @Test
    void theEmbeddedDefaultNamesItsPasswordsAndThatItIsReachableFromThisMachineOnly() {
        assertThat(String.join("\n", warning(true, "admin", "127.0.0.1").warnings()))
                .contains("DEMO MODE").contains("password 'demo'").contains("'admin' has the password 'admin'")
                .contains("reachable from this machine only");
    }

    @Test
    void anOpenedDemoSaysSoLoudly() {
        assertThat(String.join("\n", warning(true, "admin", "0.0.0.0").warnings())).contains("REACHABLE FROM OTHER MACHINES");
    }

    @Test
    void productionSaysNothing() {
        assertThat(warning(false, "a-real-long-secret", "0.0.0.0").warnings()).isEmpty();
    }
}
