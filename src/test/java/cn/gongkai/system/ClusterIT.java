package cn.gongkai.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gongkai.GongkaiApplication;
import cn.gongkai.escalation.DeadlineRemindersProcess;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Camunda's own cluster model: two application nodes on one PostgreSQL database, each with its
 * job executor. Node A is the packaged application in a JVM of its own; node B runs here. Many
 * applications registered late make their reminders due at once (the jobs after the watches' starts,
 * due timers that send). Node A's SMTP server never answers, so its timer jobs hang while holding their
 * job locks and their uncommitted mail records; then node A is killed (SIGKILL). Node B takes the work over once the locks
 * expire: every job of the processes runs to success once, every mail goes out once, none is lost.
 * Real time and the real calendar: the applications are received 50 days ago, so their reply and
 * their 补正 notice are overdue whatever day this runs.
 */
class ClusterIT {

    static final int APPLICATIONS = 20;
    /** Overdue reply and overdue 补正 notice: each to disclosure, disclosure-head and supervisor. */
    static final int MAILS_PER_APPLICATION = 3 + 3;
    /** Node A's job locks: short, so that node B takes its work over soon after it dies. */
    static final int LOCK_MILLIS = 5000;
    /**
     * Node B's: longer than its slowest rung (its first mails, sent while it warms up on a busy
     * machine, can take seconds). A lock that expires while its job still runs lets a second thread run
     * the job again at the same time: no mail goes out twice (each is committed on its own under a
     * unique key), but one of the two runs fails and is retried, which this test counts as a defect;
     * in production the SMTP time-outs (10 s) stay far below the lock time (5 minutes).
     */
    static final int NODE_B_LOCK_MILLIS = 60000;

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    ApplicationProcess nodeA;
    ConfigurableApplicationContext nodeB;
    ServerSocket blackHole;
    final List<Socket> held = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        if (nodeA != null) {
            nodeA.kill();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (blackHole != null) {
            blackHole.close();
        }
        for (Socket s : held) {
            s.close();
        }
    }

    static List<String> settings(String url, String name, int port, int smtpPort, int lockMillis) {
        return List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=" + PostgresTestDatabase.password(),
                "--spring.application.name=" + name,
                "--server.port=" + port,
                "--management.server.port=0",
                "--spring.mail.port=" + smtpPort,
                "--spring.mail.properties.mail.smtp.connectiontimeout=120000",
                "--spring.mail.properties.mail.smtp.timeout=120000",
                "--gongkai.demo.mail-server.enabled=false",
                "--gongkai.calendar.directory=target/cluster-calendar-none",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + lockMillis,
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--camunda.bpm.job-execution.backoff-time-in-millis=50",
                "--camunda.bpm.job-execution.max-backoff=500",
                // the job log is this test's witness that each job ran to success once; watches keep it
                // only under plain full history (WatchHistory)
                "--camunda.bpm.history-level=full");
    }

    /** The packaged application in a JVM of its own, its mail going to a server that never answers. */
    ApplicationProcess startNodeA(String url, int port) throws Exception {
        blackHole = new ServerSocket(0);
        Thread accept = new Thread(() -> {
            while (!blackHole.isClosed()) {
                try {
                    held.add(blackHole.accept());
                } catch (IOException e) {
                    return;
                }
            }
        });
        accept.setDaemon(true);
        accept.start();
        List<String> arguments = new ArrayList<>(settings(url, "node-a", port, blackHole.getLocalPort(), LOCK_MILLIS));
        // its job threads will hang in SMTP holding their connections; leave room for the REST calls
        arguments.add("--spring.datasource.hikari.maximum-pool-size=30");
        return ApplicationProcess.start("cluster-node-a", List.of("-Xmx512m"), arguments);
    }

    @Test
    void nodeBFinishesTheWorkOfAKilledNodeAAndEveryMailGoesOutOnce() throws Exception {
        String url = PostgresTestDatabase.newDatabase();
        int portA = ApplicationProcess.freePort();
        nodeA = startNodeA(url, portA);
        nodeB = new SpringApplicationBuilder(GongkaiApplication.class).profiles("test")
                .run(settings(url, "node-b", 0, 3925, NODE_B_LOCK_MILLIS).toArray(String[]::new));
        ProcessEngine engine = nodeB.getBean(ProcessEngine.class);
        JdbcClient jdbc = nodeB.getBean(JdbcClient.class);

        // staff register the applications on node A (through its engine REST API), so that node A's
        // job executor hears of the new jobs first and takes its share
        String receivedOn = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(50).toString();
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < APPLICATIONS; i++) {
            String body = """
                    {"variables": {"channel": {"value": "REGISTERED_MAIL"}, "receivedOn": {"value": "%s"},
                     "applicantType": {"value": "NATURAL_PERSON"}, "applicantName": {"value": "李明"},
                     "description": {"value": "集群测试申请 %d"}, "contactPhone": {"value": "13912345678"}}}
                    """.formatted(receivedOn, i);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portA
                            + "/engine-rest/process-definition/key/disclosure-request/submit-form"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("disclosure:demo".getBytes()))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }

        // node A is stuck sending (its SMTP server accepts and never answers), holding its job locks and
        // the uncommitted record of the mail: kill it
        await("node A is sending").atMost(Duration.ofSeconds(60)).until(() -> !held.isEmpty());
        nodeA.kill();

        int expected = APPLICATIONS * MAILS_PER_APPLICATION;
        await("node B finishes").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                smtp.getReceivedMessages().length >= expected
                        && engine.getManagementService().createJobQuery().processDefinitionKey(DeadlineRemindersProcess.KEY)
                                .executable().count() == 0);

        assertThat(Files.readString(Path.of("target", "cluster-node-a.log"))).as("node A did its share")
                .contains("REMINDER-005");
        List<String> mails = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            mails.add(Arrays.toString(m.getAllRecipients()) + " | " + subject(m));
        }
        assertThat(mails).hasSize(expected).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT status, COUNT(*) FROM reminder_mail GROUP BY status")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list())
                .containsExactly(Map.entry("SENT", expected));
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
        // nothing stuck: every watch waits on its one timer (its next rung or its morning recheck), no job failed
        assertThat(engine.getManagementService().createJobQuery().processDefinitionKey(DeadlineRemindersProcess.KEY)
                .withException().count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().processDefinitionKey(DeadlineRemindersProcess.KEY)
                .timers().count()).isEqualTo(2L * APPLICATIONS);
        // every job ran to success once, on either node
        Map<String, Long> successes = engine.getHistoryService().createHistoricJobLogQuery()
                .processDefinitionKey(DeadlineRemindersProcess.KEY).successLog().list().stream()
                .collect(Collectors.groupingBy(HistoricJobLog::getJobId, Collectors.counting()));
        // per watch: the job after its start (asyncAfter), which plans, and the due timer's job, which
        // sends the rung's mails and plans the next rung
        assertThat(successes).hasSize(2 * APPLICATIONS * 2);
        assertThat(successes.values()).allMatch(count -> count == 1);
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
