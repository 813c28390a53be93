package cn.gongkai.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine runs here, so docker/ is checked statically: the compose file parses and fits, the Dockerfile's paths exist. */
class DockerFilesTest {

    static final Path DOCKER = Path.of("docker");

    @Test
    @SuppressWarnings("unchecked")
    void theComposeFileParsesAndWiresTheServices() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("postgres", "app", "mail");

        Map<String, Object> postgres = services.get("postgres");
        assertThat((List<String>) postgres.get("volumes")).anyMatch(v -> v.endsWith(":/var/lib/postgresql/data"));
        assertThat(postgres).containsKey("healthcheck");

        Map<String, Object> app = services.get("app");
        Map<String, Object> build = (Map<String, Object>) app.get("build");
        Path context = DOCKER.resolve((String) build.get("context")).normalize();
        assertThat(context.resolve((String) build.get("dockerfile"))).exists();
        Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) app.get("depends_on");
        assertThat(dependsOn.get("postgres")).containsEntry("condition", "service_healthy");
        Map<String, String> env = (Map<String, String>) app.get("environment");
        assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
                .containsKeys("GONGKAI_DB_URL", "GONGKAI_DB_USER", "GONGKAI_DB_PASSWORD", "GONGKAI_ADMIN_PASSWORD",
                        "SPRING_MAIL_HOST");
        assertThat(env.get("GONGKAI_DB_URL")).startsWith("jdbc:postgresql://postgres:5432/");
        // the app's health check asks Actuator on the management port, with bash alone (no curl in the JRE image)
        List<String> check = (List<String>) ((Map<String, Object>) app.get("healthcheck")).get("test");
        assertThat(check).startsWith("CMD", "bash", "-c");
        assertThat(check.get(3)).contains("/dev/tcp/127.0.0.1/8081").contains("/actuator/health");
        assertThat((Map<String, Object>) compose.get("volumes")).containsKey("postgres-data");
    }

    /**
     * The search index's volume is mounted where the application keeps it (./data/search-index under the
     * working directory), and the image creates that directory for its user: a new named volume takes
     * the owner of the directory it is mounted on, and one owned by root could not be written.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theSearchIndexVolumeIsWhereTheApplicationWritesAndItsUserOwnsIt() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        Map<String, Object> app = ((Map<String, Map<String, Object>>) compose.get("services")).get("app");
        assertThat((List<String>) app.get("volumes")).contains("search-index:/app/data/search-index");
        assertThat((Map<String, Object>) compose.get("volumes")).containsKey("search-index");

        List<String> lines = Files.readAllLines(DOCKER.resolve("Dockerfile"));
        int runtime = lines.indexOf(lines.stream().filter(l -> l.startsWith("FROM eclipse-temurin:17-jre")).findFirst()
                .orElseThrow());
        List<String> stage = lines.subList(runtime, lines.size());
        assertThat(stage).contains("WORKDIR /app");
        int user = stage.indexOf(stage.stream().filter(l -> l.startsWith("USER ")).findFirst().orElseThrow());
        assertThat(stage.subList(0, user)).anyMatch(l -> l.startsWith("RUN ") && l.contains("mkdir -p")
                && l.contains("/app/data/search-index") && l.contains("chown -R gongkai:gongkai /app"));
        assertThat(Files.readString(Path.of("src/main/resources/application.yaml")))
                .contains("index-directory: ${GONGKAI_SEARCH_INDEX_DIR:./data/search-index}");
    }

    @Test
    void everyPathTheDockerfileCopiesExistsAndItRunsAsNonRoot() throws IOException {
        List<String> lines = Files.readAllLines(DOCKER.resolve("Dockerfile"));
        Pattern copy = Pattern.compile("^COPY\\s+(?!--from)(\\S+)\\s+\\S+$");
        int checked = 0;
        for (String line : lines) {
            Matcher m = copy.matcher(line.strip());
            if (m.matches()) {
                assertThat(Path.of(m.group(1))).as("COPY source %s (relative to the build context, the repository root)",
                        m.group(1)).exists();
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(4);
        assertThat(lines).anyMatch(l -> l.matches("^FROM eclipse-temurin:17-jre.*"));
        String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
        assertThat(user).isNotEqualTo("USER root").isNotEqualTo("USER 0");
        // the jar the runtime stage copies is the one Maven builds
        assertThat(lines).anyMatch(l -> l.contains("target/gongkai-*.jar"));
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<artifactId>gongkai</artifactId>");
    }
}
