package cn.gongkai.search;

import cn.gongkai.proactive.PublicationSuggestions;
import cn.gongkai.system.AgencyTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Applications that ask for the same information again and again (Art. 44), grouped: each
 * application's wording is segmented into words ({@link ChineseText}), weighed by how rare each
 * word is among the applications of the window (TF-IDF), and two applications are alike when the
 * cosine of their weights reaches {@link RepeatedRequestProperties#similarity()}. The most typical
 * applications first (whose words, weighed, most others share), each joins the group whose leader it
 * is most alike to, or leads a group of its own ({@link WordVectors#leaders}, which compares an
 * application only with the leaders that could be alike to it). Every application of a group is thus
 * alike to its leader: alikeness does not chain from one subject to the next across a busy year, and
 * the work and memory grow with the applications, not with their pairs. The application most alike to
 * all others of its group stands for it. Applications already linked to a suggestion are left out.
 */
@Service
public class RepeatedRequests {

    private static final Logger log = LoggerFactory.getLogger(RepeatedRequests.class);

    /** At most this many groups are shown, the largest. */
    static final int MAX_GROUPS = 30;

    /** An application as the grouping reads it. */
    public record Application(long id, String trackingCode, String division, LocalDate receivedOn, String description) {
    }

    /**
     * A candidate for proactive disclosure: its applications (newest first), the words they share
     * most, the division that handled most of them, the wording of the application that stands for
     * them, and what is already published that matches.
     */
    public record Group(List<Application> applications, List<String> words, String division, String wording,
            PublicMatch published) {

        /** Applications listed on the page for each group; the rest are counted. */
        static final int LISTED = 20;

        public int count() {
            return applications.size();
        }

        /** The newest applications, as many as the page lists. */
        public List<Application> listed() {
            return applications.subList(0, Math.min(LISTED, count()));
        }

        /** The newest applications, as many as one suggestion may link. */
        public List<Application> linkable() {
            return applications.subList(0, Math.min(PublicationSuggestions.MAX_APPLICATIONS, count()));
        }
    }

    /** The largest groups (at most {@link #MAX_GROUPS}), and how many groups there are in all. */
    public record Candidates(List<Group> groups, int total) {
    }

    private final JdbcClient jdbc;
    private final ChineseText chinese;
    private final PublicTexts published;
    private final RepeatedRequestProperties properties;
    private final AgencyTime clock;

    RepeatedRequests(JdbcClient jdbc, ChineseText chinese, PublicTexts published, RepeatedRequestProperties properties,
            AgencyTime clock) {
        this.jdbc = jdbc;
        this.chinese = chinese;
        this.published = published;
        this.properties = properties;
        this.clock = clock;
    }

    /** The candidate groups, largest first. */
    public Candidates candidates() {
        List<Application> apps = jdbc.sql("SELECT id, tracking_code, division, received_on, description FROM disclosure_request "
                        + "WHERE received_on >= :from AND status <> 'NOT_ACCEPTED' "
                        + "AND id NOT IN (SELECT request_id FROM publication_suggestion_request) ORDER BY received_on DESC, id DESC")
                .param("from", clock.today().minusDays(properties.windowDays()))
                .query((rs, n) -> new Application(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
        return group(apps);
    }

    /** Groups {@code apps} (newest first). */
    Candidates group(List<Application> apps) {
        long start = System.nanoTime();
        WordVectors vectors = WordVectors.of(apps.stream().map(Application::description).toList(), chinese::words);
        long segmented = System.nanoTime();
        List<int[]> large = groups(vectors.leaders(properties.similarity()), properties.minApplications());
        log.info("REPEATED-001 {} applications: words in {} ms, {} groups of {} or more in {} ms", apps.size(),
                (segmented - start) / 1_000_000, large.size(), properties.minApplications(),
                (System.nanoTime() - segmented) / 1_000_000);
        large.sort(Comparator.<int[]>comparingInt(members -> members.length).reversed()
                .thenComparingInt(members -> members[0]));
        List<int[]> shown = large.subList(0, Math.min(large.size(), MAX_GROUPS));
        // the wording most alike to all the others stands for a group; what is published is looked up for all at once
        List<Integer> standing = shown.stream().map(vectors::central).toList();
        List<List<PublicMatch>> already = published.matchingEach(
                standing.stream().map(i -> apps.get(i).description()).toList(), 1);
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < shown.size(); g++) {
            groups.add(group(apps, vectors, shown.get(g), standing.get(g),
                    already.get(g).isEmpty() ? null : already.get(g).get(0)));
        }
        return new Candidates(groups, large.size());
    }

    /** The groups of at least {@code min} texts, each its members in ascending order (newest first). */
    private static List<int[]> groups(int[] leaderOf, int min) {
        int[] size = new int[leaderOf.length];
        for (int leader : leaderOf) {
            if (leader >= 0) {
                size[leader]++;
            }
        }
        Map<Integer, int[]> groups = new LinkedHashMap<>();
        int[] filled = new int[leaderOf.length];
        for (int i = 0; i < leaderOf.length; i++) {
            int leader = leaderOf[i];
            if (leader >= 0 && size[leader] >= min) {
                groups.computeIfAbsent(leader, l -> new int[size[l]])[filled[leader]++] = i;
            }
        }
        return new ArrayList<>(groups.values());
    }

    private static Group group(List<Application> apps, WordVectors vectors, int[] members, int standing,
            PublicMatch published) {
        List<Application> applications = Arrays.stream(members).mapToObj(apps::get).toList();
        String division = applications.stream().map(Application::division).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
        return new Group(applications, vectors.heaviest(members, 6), division, apps.get(standing).description(), published);
    }
}
