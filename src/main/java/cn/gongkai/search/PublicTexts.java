package cn.gongkai.search;

import cn.gongkai.catalogue.ItemLinks;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.camunda.bpm.engine.ManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the agency has already made public, searchable by meaning rather than by exact string: the
 * current catalogue items (title, summary, body and the text of their published documents) and the
 * published questions and answers, in an in-memory Lucene index with Chinese word segmentation.
 *
 * <p>The index follows the database, not events: before each search one small query reads a
 * fingerprint of what is published (count and sum of the row ids); when it changed — an item
 * published, replaced or withdrawn, here or on another node — the rows that came are added and
 * those that went are removed. With {@link SearchProperties#indexDirectory()} a node keeps its index
 * on disk (memory-mapped, outside the Java heap) and a restart only catches up with what changed;
 * the index remembers the engine installation it was built for and starts afresh for another
 * database. Without, and when another process holds the directory, the index is held in memory and
 * built from the database at start.
 *
 * <p>When the index cannot take in what changed (a full or failing disk), searches answer from what it
 * held after its last good catch-up, the failure is logged ({@code SEARCH-005}) and the catch-up is
 * tried again a minute later; a search never fails because of the index. Nor does it wait more than
 * two seconds while another brings the index up to date (at start, the first build at a province's
 * size takes minutes): it answers from what the index holds meanwhile.
 */
@Service
public class PublicTexts {

    private static final Logger log = LoggerFactory.getLogger(PublicTexts.class);

    static final String KEY = "key";
    /** The row and when it was published: a row replaced under the same key (a restored database) is indexed again. */
    static final String VERSION = "version";
    /** The engine installation the index on disk was built for (its commit data). */
    static final String INSTALLATION = "installation";
    static final String TITLE = "title";
    static final String TEXT = "text";
    /** Title words weigh this much more than words of the body. */
    static final float TITLE_BOOST = 3f;
    /** Matches scoring below this share of the best are left out. */
    static final double RELATIVE_CUT = 0.35;
    /** At most this many distinct words of an application make the query. */
    static final int MAX_WORDS = 200;

    private static final String CURRENT_ITEMS = "FROM catalogue_item WHERE replaced_by IS NULL AND withdrawn_on IS NULL";
    private static final String PUBLISHED_QA = "FROM consultation WHERE published AND status = 'ANSWERED'";

    private final JdbcClient jdbc;
    private final ChineseText chinese;
    private final ItemLinks links;
    /** The engine installation (one per database), read at start. */
    private final String installation;
    /** Where the index is kept: on disk, or in memory. */
    private final Directory directory;
    /** Writes the index; none after a failed catch-up until the next one opens it again. */
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    /** Key → version of what the index holds. */
    private final Map<String, String> indexed = new ConcurrentHashMap<>();
    private volatile String fingerprint = "";
    private boolean adopted;
    /** When ({@link System#nanoTime()}) the last catch-up failed; null after a good one. */
    private Long failedAt;
    /** How long searches answer from the last good index after a failed catch-up before it is tried again. */
    Duration retryAfter = Duration.ofMinutes(1);
    private volatile boolean closed;
    /** How long a search waits for another's catch-up before it answers from what the index holds. */
    static final Duration WAIT_FOR_CATCH_UP = Duration.ofSeconds(2);
    /** Held by the one thread that brings the index in step with the database. */
    private final ReentrantLock catchingUp = new ReentrantLock();

    @Autowired
    PublicTexts(JdbcClient jdbc, ChineseText chinese, ItemLinks links, SearchProperties properties,
            ManagementService management) {
        this(jdbc, chinese, links, properties, management, FSDirectory::open);
    }

    /** With {@code disk} opening the directory of an index kept on disk (a test puts a failing disk there). */
    PublicTexts(JdbcClient jdbc, ChineseText chinese, ItemLinks links, SearchProperties properties,
            ManagementService management, Disk disk) {
        this.jdbc = jdbc;
        this.chinese = chinese;
        this.links = links;
        this.installation = Objects.toString(management.getProperties().get("camunda.installation.id"), "");
        try {
            this.writer = writer(properties.indexDirectory(), disk);
            this.directory = writer.getDirectory();
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the directory of an index kept on disk. */
    @FunctionalInterface
    interface Disk {
        Directory open(Path path) throws IOException;
    }

    private IndexWriter writer(String directory, Disk disk) throws IOException {
        if (directory == null || directory.isBlank()) {
            return new IndexWriter(new ByteBuffersDirectory(), config());
        }
        Path path = Path.of(directory).toAbsolutePath();
        try {
            return new IndexWriter(disk.open(path), config());
        } catch (LockObtainFailedException e) {
            log.warn("SEARCH-002 the search index {} is in use by another process; this node holds its own in memory", path);
        } catch (IOException e) {
            log.warn("SEARCH-003 the search index {} cannot be read ({}); it is built afresh", path, e.toString());
            try {
                return new IndexWriter(disk.open(path), config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            } catch (IOException again) {
                log.warn("SEARCH-004 the search index {} cannot be written ({}); this node holds its own in memory", path,
                        again.toString());
            }
        }
        return new IndexWriter(new ByteBuffersDirectory(), config());
    }

    private IndexWriterConfig config() {
        return new IndexWriterConfig(chinese.analyzer());
    }

    @PreDestroy
    void close() throws IOException {
        closed = true;
        searchers.close();
        IndexWriter open = writer;
        if (open != null) {
            open.close();
        }
    }

    /**
     * Takes over what the directory holds from an earlier start, if it was built for this engine
     * installation (this database); otherwise starts afresh.
     */
    private void adopt() throws IOException {
        Map<String, String> commit = new HashMap<>();
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            data.forEach(e -> commit.put(e.getKey(), e.getValue()));
        }
        if (installation.isEmpty() || !installation.equals(commit.get(INSTALLATION))) {
            writer.deleteAll();
        } else {
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    Bits live = leaf.reader().getLiveDocs();
                    StoredFields stored = leaf.reader().storedFields();
                    for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                        if (live == null || live.get(d)) {
                            Document doc = stored.document(d, Set.of(KEY, VERSION));
                            indexed.put(doc.get(KEY), doc.get(VERSION));
                        }
                    }
                }
            }
        }
        writer.setLiveCommitData(Map.of(INSTALLATION, installation).entrySet());
        adopted = true;
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildAtStart() {
        follow();
    }

    /**
     * The published texts that match {@code wording}, best first, at most {@code max}: each word of
     * the wording counts where it appears (title words more), rare words more than common ones
     * (BM25); a match shares a good part of the wording's words ({@link #wordsToShare}), and
     * matches far below the best are left out.
     */
    public List<PublicMatch> matching(String wording, int max) {
        follow();
        return search(wording, max);
    }

    /**
     * {@link #matching} for several wordings at once (the groups of one page): the index follows the
     * database once, not once per wording.
     */
    public List<List<PublicMatch>> matchingEach(List<String> wordings, int max) {
        follow();
        return wordings.stream().map(wording -> search(wording, max)).toList();
    }

    private List<PublicMatch> search(String wording, int max) {
        try {
            return search(wording, max, searchers);
        } catch (AlreadyClosedException e) {
            if (closed) {
                return List.of(); // the node is stopping
            }
            return search(wording, max, searchers); // a catch-up opened the index again meanwhile
        }
    }

    private List<PublicMatch> search(String wording, int max, SearcherManager searchers) {
        Set<String> words = new LinkedHashSet<>(chinese.words(wording));
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        words.stream().limit(MAX_WORDS).forEach(word -> query.add(new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(TITLE, word)), TITLE_BOOST), Occur.SHOULD)
                .add(new TermQuery(new Term(TEXT, word)), Occur.SHOULD)
                .build(), Occur.SHOULD));
        query.setMinimumNumberShouldMatch(wordsToShare(Math.min(words.size(), MAX_WORDS)));
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query.build(), max);
                List<PublicMatch> matches = new ArrayList<>();
                float best = top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score;
                for (ScoreDoc hit : top.scoreDocs) {
                    if (hit.score < best * RELATIVE_CUT) {
                        break;
                    }
                    matches.add(match(searcher.storedFields().document(hit.doc), hit.score / best));
                }
                return matches;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many of an application's {@code n} words a published text must share to be a match: two
     * (or all, if fewer), and two in five of the words up to four — so that two common words
     * ("全省", "名单") never make a match on their own.
     */
    static int wordsToShare(int n) {
        return Math.max(Math.min(n, 2), Math.min(4, (int) Math.ceil(n * 0.4)));
    }

    /** How many texts the index holds (items and answers). */
    public int size() {
        follow();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PublicMatch match(Document doc, double relevance) {
        PublicMatch.Kind kind = PublicMatch.Kind.valueOf(doc.get("kind"));
        String reference = doc.get("reference");
        String path = kind == PublicMatch.Kind.ITEM ? links.page(reference) : "/consultations#qa-" + reference;
        String date = doc.get("date");
        return new PublicMatch(kind, reference, doc.get(TITLE), date == null ? null : LocalDate.parse(date),
                doc.get("division"), path, relevance);
    }

    /**
     * Brings the index in step with the database if what is published changed. If it cannot, what was
     * written since the last good catch-up is rolled back and searches answer from that until the next
     * try, {@link #retryAfter} later. A search waits at most {@link #WAIT_FOR_CATCH_UP} for another's
     * catch-up (usually milliseconds; the first build at a province's size takes minutes), then answers
     * from what the index holds meanwhile.
     */
    void follow() {
        try {
            if (closed || !catchingUp.tryLock(WAIT_FOR_CATCH_UP.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            followLocked();
        } finally {
            catchingUp.unlock();
        }
    }

    private void followLocked() {
        String now = jdbc.sql("SELECT (SELECT COUNT(*) " + CURRENT_ITEMS + "), (SELECT COALESCE(SUM(id), 0) "
                        + CURRENT_ITEMS + "), (SELECT COUNT(*) " + PUBLISHED_QA + "), (SELECT COALESCE(SUM(id), 0) "
                        + PUBLISHED_QA + ")")
                .query((rs, n) -> rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3) + ":" + rs.getLong(4))
                .single();
        if (now.equals(fingerprint) || failedAt != null && System.nanoTime() - failedAt < retryAfter.toNanos()) {
            return;
        }
        try {
            catchUp(now);
            failedAt = null;
        } catch (IOException | AlreadyClosedException e) {
            if (closed) {
                return; // the node stopped during the catch-up
            }
            log.warn("SEARCH-005 the search index cannot take in what was published ({}); searches answer from what it "
                    + "held before; tried again in {} s", e.toString(), retryAfter.toSeconds());
            failedAt = System.nanoTime();
            discardChanges();
        }
    }

    /** Rolls the index back to its last commit (what the searches see); the next catch-up opens it again. */
    private void discardChanges() {
        IndexWriter failed = writer;
        writer = null;
        indexed.clear();
        adopted = false;
        try {
            if (failed != null) {
                failed.rollback();
            }
        } catch (IOException | RuntimeException e) {
            log.debug("rolling back the search index failed as well", e);
        }
    }

    private void catchUp(String now) throws IOException {
        if (writer == null) {
            writer = new IndexWriter(directory, config());
            SearcherManager before = searchers;
            searchers = new SearcherManager(writer, null);
            before.close();
        }
        if (!adopted) {
            adopt();
        }
        Map<String, String> current = new HashMap<>();
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("SELECT id, index_number, published_at " + CURRENT_ITEMS).query((rs, n) -> {
            String key = "item:" + rs.getString(2);
            ids.put(key, rs.getLong(1));
            return current.put(key, version(rs.getLong(1), rs.getObject(3, OffsetDateTime.class).toInstant()));
        }).list();
        jdbc.sql("SELECT id, answered_on " + PUBLISHED_QA).query((rs, n) -> {
            String key = "qa:" + rs.getLong(1);
            ids.put(key, rs.getLong(1));
            return current.put(key, version(rs.getLong(1), rs.getObject(2, LocalDate.class)));
        }).list();
        Set<String> gone = new HashSet<>(indexed.keySet());
        gone.removeIf(key -> indexed.get(key).equals(current.get(key)));
        for (String key : gone) {
            writer.deleteDocuments(new Term(KEY, key));
            indexed.remove(key);
        }
        List<Long> newItems = new ArrayList<>();
        List<Long> newAnswers = new ArrayList<>();
        current.forEach((key, version) -> {
            if (!indexed.containsKey(key)) {
                (key.startsWith("item:") ? newItems : newAnswers).add(ids.get(key));
            }
        });
        for (List<Long> chunk : chunks(newItems)) {
            addItems(chunk);
        }
        for (List<Long> chunk : chunks(newAnswers)) {
            addAnswers(chunk);
        }
        writer.commit();
        searchers.maybeRefreshBlocking();
        if (!gone.isEmpty() || !newItems.isEmpty() || !newAnswers.isEmpty()) {
            log.info("SEARCH-001 public texts index: {} added, {} removed, {} held",
                    newItems.size() + newAnswers.size(), gone.size(), indexed.size());
        }
        fingerprint = now;
    }

    private void addItems(List<Long> ids) throws IOException {
        List<Object[]> rows = jdbc.sql("SELECT id, index_number, title, summary, body, published_on, division_name, "
                        + "process_instance_id, published_at FROM catalogue_item WHERE id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8),
                        version(rs.getLong(1), rs.getObject(9, OffsetDateTime.class).toInstant())})
                .list();
        // the text of the published documents, extracted once when they were uploaded
        Map<String, StringBuilder> files = new HashMap<>();
        List<String> owners = rows.stream().map(r -> (String) r[7]).filter(Objects::nonNull).toList();
        if (!owners.isEmpty()) {
            jdbc.sql("SELECT owner_id, extracted_text FROM stored_file WHERE owner_type = 'ITEM' AND owner_id IN (:owners) "
                            + "AND purpose IN ('SIGNED_DOCUMENT', 'ANNEX') AND extracted_text IS NOT NULL")
                    .param("owners", owners)
                    .query((rs, n) -> files.computeIfAbsent(rs.getString(1), k -> new StringBuilder())
                            .append('\n').append(rs.getString(2)))
                    .list();
        }
        for (Object[] r : rows) {
            String key = "item:" + r[1];
            StringBuilder fileText = files.get((String) r[7]);
            add(key, (String) r[8], PublicMatch.Kind.ITEM, (String) r[1], (String) r[2],
                    join((String) r[3], (String) r[4], fileText == null ? null : fileText.toString()), (LocalDate) r[5],
                    (String) r[6]);
        }
    }

    private void addAnswers(List<Long> ids) throws IOException {
        List<Object[]> rows = jdbc.sql("SELECT id, subject, question, answer, answered_on FROM consultation WHERE id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class)})
                .list();
        for (Object[] r : rows) {
            add("qa:" + r[0], version((Long) r[0], r[4]), PublicMatch.Kind.QA, String.valueOf(r[0]), (String) r[1],
                    join((String) r[2], (String) r[3]), (LocalDate) r[4], null);
        }
    }

    private void add(String key, String version, PublicMatch.Kind kind, String reference, String title, String text,
            LocalDate date, String division) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(KEY, key, Field.Store.YES));
        doc.add(new StoredField(VERSION, version));
        doc.add(new StoredField("kind", kind.name()));
        doc.add(new StoredField("reference", reference));
        doc.add(new TextField(TITLE, title, Field.Store.YES));
        doc.add(new TextField(TEXT, text, Field.Store.NO));
        if (date != null) {
            doc.add(new StoredField("date", date.toString()));
        }
        if (division != null) {
            doc.add(new StoredField("division", division));
        }
        writer.updateDocument(new Term(KEY, key), doc);
        indexed.put(key, version);
    }

    /** A row and when it was published (an item) or answered (a consultation). */
    private static String version(long id, Object publishedAt) {
        return id + "@" + publishedAt;
    }

    private static String join(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining("\n"));
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return chunks;
    }
}
