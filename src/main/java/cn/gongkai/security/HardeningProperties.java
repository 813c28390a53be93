package cn.gongkai.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an operator may loosen, {@code gongkai.security.*}. The defaults are the safe ones.
 *
 * @param allowedOrigins web origins (besides the application's own) whose pages may call
 *        {@code /engine-rest} from a browser, e.g. {@code https://portal.example.gov.cn}
 * @param runtimeDeployments whether BPMN, DMN and forms may be deployed through {@code /engine-rest}
 *        or the webapps' API while the application runs (off: only what ships in the jar is deployed)
 * @param scripting whether deployed models may contain scripts (script tasks, script listeners,
 *        script conditions and input/output scripts); off refuses such a deployment
 * @param expressionBeans beans besides the delegates and listeners that expressions in models may
 *        reach by name
 * @param login login throttling per client and per account
 * @param intake how many submissions from the public are worked on at once before others are
 *        told to come back ({@code 503} with {@code Retry-After})
 * @param search how many searches of the public catalogue by words run at once before others are told
 *        to come back (each reads every published text)
 * @param passwordPolicy whether new and changed passwords must follow the policy (at least 12
 *        characters, not the user's own data); on in production, off for the demo's {@code demo}
 */
@ConfigurationProperties("gongkai.security")
public record HardeningProperties(
        @DefaultValue List<String> allowedOrigins,
        @DefaultValue("false") boolean runtimeDeployments,
        @DefaultValue("false") boolean scripting,
        @DefaultValue({"reminderRecipientList", "taskFilterDates"}) List<String> expressionBeans,
        @DefaultValue Login login,
        @DefaultValue Intake intake,
        @DefaultValue Search search,
        @DefaultValue("true") boolean passwordPolicy) {

    /**
     * @param clientFailures failed logins one client (IP address) may make in {@code window}
     * @param accountFailures failed logins on one account, from anywhere, in {@code window}
     * @param window the time in which the allowance refills, evenly
     */
    public record Login(
            @DefaultValue("20") int clientFailures,
            @DefaultValue("10") int accountFailures,
            @DefaultValue("15m") Duration window) {
    }

    /**
     * @param concurrent submissions worked on at once
     * @param maxWait how long a submission waits for its turn before it is told to come back
     * @param retryAfter what {@code Retry-After} says
     */
    public record Intake(
            @DefaultValue("8") int concurrent,
            @DefaultValue("2s") Duration maxWait,
            @DefaultValue("30s") Duration retryAfter) {
    }

    /**
     * @param concurrent searches by words worked on at once
     * @param maxWait how long a search waits for its turn before it is told to come back
     * @param retryAfter what {@code Retry-After} says
     */
    public record Search(
            @DefaultValue("2") int concurrent,
            @DefaultValue("2s") Duration maxWait,
            @DefaultValue("10s") Duration retryAfter) {
    }
}
