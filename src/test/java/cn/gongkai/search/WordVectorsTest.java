package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The grouping of repeated requests on plain word lists (words separated by spaces). */
class WordVectorsTest {

    static WordVectors vectors(String... texts) {
        return WordVectors.of(List.of(texts), t -> t.isBlank() ? List.of() : List.of(t.split(" ")));
    }

    @Test
    void alikenessDoesNotChainFromOneSubjectToTheNext() {
        // each text shares most of its words with its neighbours in the row, little with those further away
        WordVectors v = vectors("a b c d", "b c d e", "c d e f", "d e f g", "e f g h", "f g h i", "g h i j");
        assertThat(v.cosine(0, 1)).isGreaterThanOrEqualTo(0.5);
        assertThat(v.cosine(0, 6)).isZero();
        int[] leaders = v.leaders(0.5);
        for (int i = 0; i < leaders.length; i++) {
            assertThat(v.cosine(i, leaders[i])).as("text %d and its leader %d", i, leaders[i]).isGreaterThanOrEqualTo(0.5);
        }
        assertThat(Arrays.stream(leaders).distinct().count()).isGreaterThan(1);
    }

    @Test
    void theMostTypicalWordingLeadsAndTheOthersJoinIt() {
        // the middle one shares its words with both others, which share less with each other
        WordVectors v = vectors("x y z rare1", "x y z", "x y z rare2 rare3", "unrelated words");
        assertThat(v.cosine(0, 2)).isLessThan(v.cosine(0, 1));
        int[] leaders = v.leaders(0.5);
        assertThat(leaders).containsExactly(1, 1, 1, 3);
        assertThat(v.central(new int[] {0, 1, 2})).isEqualTo(1);
    }

    @Test
    void aTextWithoutWordsIsInNoGroup() {
        assertThat(vectors("a b", "", "a b").leaders(0.5)).containsExactly(0, -1, 0);
    }

    /** The prefix filter compares only texts that can be alike: the same groups as comparing with every leader. */
    @Test
    void thePrefixFilterLosesNoLeader() {
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                int length = 1 + random.nextInt(8);
                texts.add(String.join(" ", IntStream.range(0, length)
                        .mapToObj(k -> "w" + (int) Math.abs(random.nextGaussian() * 15)).toList()));
            }
            WordVectors v = WordVectors.of(texts, t -> List.of(t.split(" ")));
            for (double threshold : new double[] {0.3, 0.5, 0.8}) {
                assertThat(v.leaders(threshold)).as("round %d, threshold %s", round, threshold)
                        .containsExactly(everyLeaderCompared(v, threshold));
            }
        }
    }

    /** The same greedy grouping, comparing each text with every leader so far. */
    private static int[] everyLeaderCompared(WordVectors v, double threshold) {
        int n = v.size();
        int[] leaderOf = new int[n];
        List<Integer> leaders = new ArrayList<>();
        for (int i : v.byTypicality()) {
            int best = -1;
            double bestCosine = 0;
            for (int leader : leaders) {
                double c = v.cosine(i, leader);
                if (c >= threshold && (c > bestCosine || c == bestCosine && leader < best)) {
                    best = leader;
                    bestCosine = c;
                }
            }
            if (best < 0) {
                leaders.add(i);
                best = i;
            }
            leaderOf[i] = best;
        }
        return leaderOf;
    }
}
