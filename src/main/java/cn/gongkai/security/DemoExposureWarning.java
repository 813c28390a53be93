package cn.gongkai.security;

import cn.gongkai.agency.DemoProperties;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says loudly at start what the embedded default is: a demo with well-known passwords
 * ({@code admin}/{@code admin}, every demo person {@code demo}), reachable from this machine only
 * unless an operator opened it with {@code GONGKAI_SERVER_ADDRESS}.
 */
@Component
class DemoExposureWarning {

    private static final Logger log = LoggerFactory.getLogger(DemoExposureWarning.class);

    private final DemoProperties demo;
    private final AdminProperties admin;
    private final Environment environment;

    DemoExposureWarning(DemoProperties demo, AdminProperties admin, Environment environment) {
        this.demo = demo;
        this.admin = admin;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warn() {
        warnings().forEach(log::warn);
    }

    /** The lines to log; none in production. */
    List<String> warnings() {
        List<String> lines = new ArrayList<>();
        boolean demoAdmin = admin.id().equals(admin.password());
        if (!demo.enabled() && !demoAdmin) {
            return lines;
        }
        String address = environment.getProperty("server.address", "0.0.0.0");
        lines.add("SECURITY-050 ************************************************************************");
        lines.add("SECURITY-050 DEMO MODE: well-known passwords are in use. NOT for real work or real personal data.");
        if (demo.enabled()) {
            lines.add("SECURITY-050   the demo people (policy-staff, disclosure, leader, ...) all have the password '"
                    + demo.password() + "'");
        }
        if (demoAdmin) {
            lines.add("SECURITY-050   the administrator '" + admin.id() + "' has the password '" + admin.id() + "'");
        }
        if (loopback(address)) {
            lines.add("SECURITY-050   reachable from this machine only (server.address=" + address + ")");
        } else {
            lines.add("SECURITY-050   REACHABLE FROM OTHER MACHINES (server.address=" + address
                    + "): anyone on the network can log in with these passwords");
        }
        lines.add("SECURITY-050 For production: SPRING_PROFILES_ACTIVE=postgres with GONGKAI_ADMIN_PASSWORD (README, 安全).");
        lines.add("SECURITY-050 ************************************************************************");
        return lines;
    }

    static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
