package cn.gongkai;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a fresh in-memory H2 with the demo agency, the job executor off (tests
 * run jobs and timers themselves) and MockMvc. Tests with this annotation share one context;
 * camunda-bpm-assert works on that context's engine ({@link EngineAssertions}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestFailures.class)
@ExtendWith(EngineAssertions.class)
public @interface GongkaiTest {
}
