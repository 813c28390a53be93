package cn.gongkai;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application served on a random port, as attackers and clients meet it (real HTTP,
 * Spring Security, the Camunda filters), on a fresh in-memory H2 with the demo agency and the job
 * executor off. Tests with this annotation share one context; talk to it with {@link TestHttp}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
@ActiveProfiles("test")
@Import(TestFailures.class)
public @interface GongkaiServerTest {
}
