package cn.gongkai.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Texts as word vectors weighed by TF-IDF (a word counts more the fewer texts have it), each of length
 * one, grouped around leaders by their cosine — without comparing every text with every other.
 *
 * <p>Which texts are compared (the "prefix filter" of Bayardo, Ma and Srikant, <i>Scaling up all pairs
 * similarity search</i>, WWW 2007): every text lists its words rarest first, in one order for all texts,
 * and keeps as its prefix the leading words until the rest weigh less than the threshold {@code t} (the
 * rest's length is below {@code t}). Two texts whose prefixes share no word cannot reach {@code t}: all
 * the words they share then lie in the rest of one of them, so their cosine is at most the length of
 * that rest. So only texts that share a prefix word are compared, and the common words (a year, a
 * province) — light, hence in the rest — do not bring every text together with every other.
 */
final class WordVectors {

    private final String[] vocabulary;
    /** Per word (by rank): how many texts have it. */
    private final int[] df;
    /** Per text: the ranks of its words (rarest first), ascending, and their weights. */
    private final int[][] ranks;
    private final double[][] weights;

    private WordVectors(String[] vocabulary, int[] df, int[][] ranks, double[][] weights) {
        this.vocabulary = vocabulary;
        this.df = df;
        this.ranks = ranks;
        this.weights = weights;
    }

    /** The vectors of {@code texts}, each segmented by {@code words} once; only word numbers are kept meanwhile. */
    static WordVectors of(List<String> texts, Function<String, List<String>> words) {
        int n = texts.size();
        Map<String, Integer> numbers = new HashMap<>();
        List<String> vocabulary = new ArrayList<>();
        int[][] textWords = new int[n][];
        int[][] textCounts = new int[n][];
        for (int i = 0; i < n; i++) {
            int[] sorted = words.apply(texts.get(i)).stream().mapToInt(w -> numbers.computeIfAbsent(w, k -> {
                vocabulary.add(k);
                return vocabulary.size() - 1;
            })).sorted().toArray();
            int distinct = (int) Arrays.stream(sorted).distinct().count();
            textWords[i] = new int[distinct];
            textCounts[i] = new int[distinct];
            for (int k = 0, d = -1; k < sorted.length; k++) {
                if (k == 0 || sorted[k] != sorted[k - 1]) {
                    textWords[i][++d] = sorted[k];
                }
                textCounts[i][d]++;
            }
        }
        int v = vocabulary.size();
        int[] df = new int[v];
        for (int[] t : textWords) {
            for (int w : t) {
                df[w]++;
            }
        }
        // rank: rarest first, ties by the word itself, so that the order is the same on every node
        Integer[] byRarity = IntStream.range(0, v).boxed().toArray(Integer[]::new);
        Arrays.sort(byRarity, Comparator.<Integer>comparingInt(w -> df[w]).thenComparing(vocabulary::get));
        int[] rank = new int[v];
        String[] ranked = new String[v];
        int[] rankedDf = new int[v];
        for (int r = 0; r < v; r++) {
            rank[byRarity[r]] = r;
            ranked[r] = vocabulary.get(byRarity[r]);
            rankedDf[r] = df[byRarity[r]];
        }
        double[] idf = new double[v];
        for (int w = 0; w < v; w++) {
            idf[w] = Math.log((double) (n + 1) / (df[w] + 1)) + 1;
        }
        int[][] ranks = new int[n][];
        double[][] weights = new double[n][];
        for (int i = 0; i < n; i++) {
            int len = textWords[i].length;
            long[] packed = new long[len]; // rank and position, to sort the words by rank
            for (int k = 0; k < len; k++) {
                packed[k] = ((long) rank[textWords[i][k]] << 32) | k;
            }
            Arrays.sort(packed);
            int[] r = new int[len];
            double[] w = new double[len];
            double norm = 0;
            for (int k = 0; k < len; k++) {
                int at = (int) packed[k];
                r[k] = (int) (packed[k] >>> 32);
                w[k] = textCounts[i][at] * idf[textWords[i][at]];
                norm += w[k] * w[k];
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < len; k++) {
                w[k] /= norm;
            }
            ranks[i] = r;
            weights[i] = w;
            textWords[i] = null;
            textCounts[i] = null;
        }
        return new WordVectors(ranked, rankedDf, ranks, weights);
    }

    int size() {
        return ranks.length;
    }

    double cosine(int a, int b) {
        int[] ra = ranks[a];
        int[] rb = ranks[b];
        double dot = 0;
        for (int i = 0, j = 0; i < ra.length && j < rb.length;) {
            if (ra[i] == rb[j]) {
                dot += weights[a][i++] * weights[b][j++];
            } else if (ra[i] < rb[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    /**
     * Groups the texts around leaders: the most typical texts first (whose words, weighed, the most
     * texts share: {@link #typicality}), each text joins the leader it is most alike to (cosine at least
     * {@code threshold}, 0 < t ≤ 1), or, alike to none, leads a group of its own. Only leaders whose
     * prefix shares a word with the text's prefix are compared (see above), and leaders are far fewer
     * than texts when many ask alike; the memory is a few numbers per text, however many are alike.
     *
     * @return for each text the number of its leader (a leader's is its own); -1 for a text without words
     */
    int[] leaders(double threshold) {
        int n = size();
        int[] leaderOf = new int[n];
        int[][] postings = new int[vocabulary.length][];
        int[] sizes = new int[vocabulary.length];
        int[] comparedWith = new int[n];
        Arrays.fill(comparedWith, -1);
        for (int i : byTypicality()) {
            int prefix = prefixLength(weights[i], threshold);
            if (prefix == 0) {
                leaderOf[i] = -1;
                continue;
            }
            int best = -1;
            double bestCosine = 0;
            for (int k = 0; k < prefix; k++) {
                int word = ranks[i][k];
                for (int p = 0; p < sizes[word]; p++) {
                    int leader = postings[word][p];
                    if (comparedWith[leader] != i) {
                        comparedWith[leader] = i;
                        double cosine = cosine(i, leader);
                        if (cosine >= threshold && (cosine > bestCosine || cosine == bestCosine && leader < best)) {
                            best = leader;
                            bestCosine = cosine;
                        }
                    }
                }
            }
            if (best >= 0) {
                leaderOf[i] = best;
                continue;
            }
            leaderOf[i] = i;
            for (int k = 0; k < prefix; k++) {
                int word = ranks[i][k];
                if (postings[word] == null) {
                    postings[word] = new int[4];
                } else if (sizes[word] == postings[word].length) {
                    postings[word] = Arrays.copyOf(postings[word], sizes[word] * 2);
                }
                postings[word][sizes[word]++] = i;
            }
        }
        return leaderOf;
    }

    /** The texts, the most typical first; among equally typical ones, in their order. */
    int[] byTypicality() {
        double[] typicality = new double[size()];
        for (int i = 0; i < size(); i++) {
            typicality[i] = typicality(ranks[i], weights[i], df);
        }
        return IntStream.range(0, size()).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -typicality[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * How many texts share what a text is about: the number of texts having each of its words, averaged
     * with the words' squared weights (which sum to one). A text whose rare words no one else uses scores
     * low; the wording most others repeat scores high.
     */
    private static double typicality(int[] ranks, double[] weights, int[] df) {
        double sum = 0;
        for (int k = 0; k < ranks.length; k++) {
            sum += weights[k] * weights[k] * df[ranks[k]];
        }
        return sum;
    }

    /** Which of {@code texts} is most alike to all the others together (the largest sum of cosines). */
    int central(int[] texts) {
        Map<Integer, Double> sum = sum(texts);
        int best = texts[0];
        double bestDot = -1;
        for (int i : texts) {
            double dot = 0;
            for (int k = 0; k < ranks[i].length; k++) {
                dot += weights[i][k] * sum.get(ranks[i][k]);
            }
            if (dot > bestDot + 1e-12) {
                best = i;
                bestDot = dot;
            }
        }
        return best;
    }

    private Map<Integer, Double> sum(int[] texts) {
        Map<Integer, Double> sum = new HashMap<>();
        for (int i : texts) {
            for (int k = 0; k < ranks[i].length; k++) {
                sum.merge(ranks[i][k], weights[i][k], Double::sum);
            }
        }
        return sum;
    }

    /**
     * How many leading words a text keeps so that the rest's length stays below {@code t}; a hair more
     * than needed, so that rounding cannot lose a pair.
     */
    private static int prefixLength(double[] w, double t) {
        double rest = 0;
        int p = w.length;
        while (p > 0 && rest + w[p - 1] * w[p - 1] < t * t * (1 - 1e-9)) {
            rest += w[p - 1] * w[p - 1];
            p--;
        }
        return p;
    }

    /** The words that weigh most over the given texts together, heaviest first. */
    List<String> heaviest(int[] texts, int limit) {
        return sum(texts).entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(e -> vocabulary[e.getKey()]).toList();
    }
}
