package cn.gongkai.search;

import cn.gongkai.system.AgencyTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Applications that ask for the same information again and again (Art. 44), grouped: each
 * application's wording is segmented into words ({@link ChineseText}), weighed by how rare each
 * word is among the applications of the window (TF-IDF), and two applications are alike when the
 * cosine of their weights reaches {@link RepeatedRequestProperties#similarity()}; alike applications
 * and those alike to them form a group. Applications already linked to a suggestion are left out.
 */
@Service
public class RepeatedRequests {

    /** An application as the grouping reads it. */
    public record Application(long id, String trackingCode, String division, LocalDate receivedOn, String description) {
    }

    /**
     * A candidate for proactive disclosure: its applications (newest first), the words they share
     * most, the division that handled most of them, and what is already published that matches.
     */
    public record Group(List<Application> applications, List<String> words, String division, String wording,
            PublicMatch published) {

        public int count() {
            return applications.size();
        }
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
    public List<Group> candidates() {
        List<Application> apps = jdbc.sql("SELECT id, tracking_code, division, received_on, description FROM disclosure_request "
                        + "WHERE received_on >= :from AND status <> 'NOT_ACCEPTED' "
                        + "AND id NOT IN (SELECT request_id FROM publication_suggestion_request) ORDER BY received_on DESC, id DESC")
                .param("from", clock.today().minusDays(properties.windowDays()))
                .query((rs, n) -> new Application(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
        return group(apps);
    }

    List<Group> group(List<Application> apps) {
        int n = apps.size();
        List<Map<String, Integer>> counts = apps.stream().map(a -> chinese.words(a.description()).stream()
                .collect(Collectors.toMap(Function.identity(), w -> 1, Integer::sum))).toList();
        Map<String, Integer> df = new HashMap<>();
        counts.forEach(c -> c.keySet().forEach(w -> df.merge(w, 1, Integer::sum)));
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (Map<String, Integer> c : counts) {
            Map<String, Double> v = new HashMap<>();
            c.forEach((w, tf) -> v.put(w, tf * (Math.log((double) (n + 1) / (df.get(w) + 1)) + 1)));
            double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
            v.replaceAll((w, x) -> x / norm);
            vectors.add(v);
        }
        // candidate pairs share a word that is not in most applications
        Map<String, List<Integer>> postings = new HashMap<>();
        int common = Math.max(10, n / 5);
        for (int i = 0; i < n; i++) {
            for (String w : counts.get(i).keySet()) {
                if (df.get(w) <= common) {
                    postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
                }
            }
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            Set<Integer> seen = new HashSet<>();
            for (String w : counts.get(i).keySet()) {
                for (int j : postings.getOrDefault(w, List.of())) {
                    if (j > i && seen.add(j) && cosine(vectors.get(i), vectors.get(j)) >= properties.similarity()) {
                        parent[find(parent, i)] = find(parent, j);
                    }
                }
            }
        }
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> large = members.values().stream().filter(m -> m.size() >= properties.minApplications()).toList();
        // the wording closest to all others stands for the group; what is published is looked up for all at once
        List<Integer> representatives = large.stream().map(m -> representative(vectors, m)).toList();
        List<List<PublicMatch>> already = published.matchingEach(
                representatives.stream().map(i -> apps.get(i).description()).toList(), 1);
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < large.size(); g++) {
            groups.add(group(apps, vectors, large.get(g), representatives.get(g),
                    already.get(g).isEmpty() ? null : already.get(g).get(0)));
        }
        groups.sort(Comparator.comparingInt(Group::count).reversed()
                .thenComparing(g -> g.applications().get(0).receivedOn(), Comparator.reverseOrder()));
        return groups;
    }

    private static int representative(List<Map<String, Double>> vectors, List<Integer> members) {
        return members.stream().max(Comparator.comparingDouble(i -> members.stream()
                .mapToDouble(j -> cosine(vectors.get(i), vectors.get(j))).sum())).orElseThrow();
    }

    private static Group group(List<Application> apps, List<Map<String, Double>> vectors, List<Integer> members,
            int representative, PublicMatch published) {
        Map<String, Double> weight = new HashMap<>();
        members.forEach(i -> vectors.get(i).forEach((w, x) -> weight.merge(w, x, Double::sum)));
        List<String> words = weight.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(6).map(Map.Entry::getKey).toList();
        List<Application> applications = members.stream().map(apps::get).toList();
        String division = applications.stream().map(Application::division).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return new Group(applications, words, division, apps.get(representative).description(), published);
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return dot;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
