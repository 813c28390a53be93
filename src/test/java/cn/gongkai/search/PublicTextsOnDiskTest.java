package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.GongkaiTest;
import cn.gongkai.catalogue.CatalogueItem;
import cn.gongkai.catalogue.CatalogueService;
import cn.gongkai.catalogue.DocumentType;
import cn.gongkai.catalogue.ItemLinks;
import cn.gongkai.catalogue.Publication;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node keeps its index of what is published on disk: a restart takes it over and catches up with what
 * changed meanwhile instead of reading every published text again; an index built for another database,
 * a row replaced under the same index number, a directory another process holds and a disk that fills up
 * are all handled.
 */
@GongkaiTest
class PublicTextsOnDiskTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ChineseText chinese;
    @Autowired
    ItemLinks links;
    @Autowired
    ManagementService management;
    @Autowired
    CatalogueService catalogue;

    @TempDir
    Path directory;

    PublicTexts node(ManagementService engine) {
        return new PublicTexts(jdbc, chinese, links, new SearchProperties(directory.toString()), engine);
    }

    PublicTexts node() {
        return node(management);
    }

    /** A node whose index directory sits on a {@link FillingDisk}, put into {@code disk[0]} when opened. */
    PublicTexts nodeOn(FillingDisk[] disk) {
        return new PublicTexts(jdbc, chinese, links, new SearchProperties(directory.toString()), management,
                path -> disk[0] = new FillingDisk(FSDirectory.open(path)));
    }

    /** A node that started (its index in step with the database) and stopped. */
    void startAndStop() throws Exception {
        PublicTexts texts = node();
        texts.size();
        texts.close();
    }

    CatalogueItem publish(String title) {
        return catalogue.publish(new Publication(UUID.randomUUID().toString(), title, null, title + "。全文见附件。",
                "finance", "finance", "财务处", null, DocumentType.OTHER, LocalDate.of(2026, 3, 2), true));
    }

    /** Changes an item's title in the database only: an index that shows the old title did not read it again. */
    void retitle(CatalogueItem item, String title) {
        jdbc.sql("UPDATE catalogue_item SET title = :title WHERE index_number = :n").param("title", title)
                .param("n", item.indexNumber()).update();
    }

    List<String> titles(PublicTexts texts, String wording) {
        return texts.matching(wording, 5).stream().map(PublicMatch::title).toList();
    }

    @Test
    void aRestartTakesOverTheIndexAndCatchesUpWithWhatChangedMeanwhile() throws Exception {
        CatalogueItem bridges = publish("全市桥梁隧道定期检测报告汇总");
        CatalogueItem ferries = publish("内河渡口渡船安全检查情况通报");
        PublicTexts first = node();
        int held = first.size();
        first.close();

        retitle(bridges, "全市桥梁隧道定期检测报告汇总（改）");
        jdbc.sql("UPDATE catalogue_item SET withdrawn_on = :on WHERE index_number = :n").param("on", LocalDate.of(2026, 11, 1))
                .param("n", ferries.indexNumber()).update();
        CatalogueItem piers = publish("港口码头岸线使用审批结果公示");

        PublicTexts restarted = node();
        try {
            assertThat(restarted.size()).isEqualTo(held);
            assertThat(titles(restarted, "桥梁隧道定期检测报告")).containsExactly("全市桥梁隧道定期检测报告汇总");
            assertThat(titles(restarted, "渡口渡船安全检查情况")).isEmpty();
            assertThat(titles(restarted, "码头岸线使用审批结果")).containsExactly(piers.title());
        } finally {
            restarted.close();
        }
    }

    @Test
    void anIndexBuiltForAnotherDatabaseIsBuiltAfresh() throws Exception {
        CatalogueItem tunnels = publish("城市地下综合管廊建设运营年报");
        startAndStop();
        retitle(tunnels, "城市地下综合管廊建设运营年度报告");

        ManagementService otherDatabase = Mockito.mock(ManagementService.class);
        Mockito.when(otherDatabase.getProperties()).thenReturn(Map.of("camunda.installation.id", "another-installation"));
        PublicTexts elsewhere = node(otherDatabase);
        try {
            assertThat(titles(elsewhere, "地下综合管廊建设运营")).containsExactly("城市地下综合管廊建设运营年度报告");
        } finally {
            elsewhere.close();
        }
    }

    @Test
    void aRowPublishedAgainUnderTheSameIndexNumberIsIndexedAgain() throws Exception {
        CatalogueItem reservoirs = publish("小型水库安全鉴定结果");
        startAndStop();
        // a database restored from a backup and published again: the same index number, another publication
        jdbc.sql("UPDATE catalogue_item SET title = '小型水库安全鉴定结果（复核）', published_at = published_at + INTERVAL '1' DAY "
                + "WHERE index_number = :n").param("n", reservoirs.indexNumber()).update();

        PublicTexts restarted = node();
        try {
            assertThat(titles(restarted, "小型水库安全鉴定结果")).containsExactly("小型水库安全鉴定结果（复核）");
        } finally {
            restarted.close();
        }
    }

    @Test
    void aDirectoryAnotherProcessHoldsLeavesThisNodeAnIndexInMemory() throws Exception {
        CatalogueItem locks = publish("船闸通航调度规则");
        PublicTexts holder = node();
        try {
            holder.size();
            PublicTexts second = node();
            try {
                assertThat(second.size()).isEqualTo(holder.size());
                assertThat(titles(second, "船闸通航调度规则")).containsExactly(locks.title());
            } finally {
                second.close();
            }
        } finally {
            holder.close();
        }
    }

    /** A disk that can fill up: nothing can be written to it while {@link #full}. */
    static class FillingDisk extends FilterDirectory {
        volatile boolean full;
        /** While set, a write waits for it (after counting down {@link #writing}). */
        volatile CountDownLatch gate;
        final CountDownLatch writing = new CountDownLatch(1);

        FillingDisk(Directory in) {
            super(in);
        }

        private void check() throws IOException {
            CountDownLatch wait = gate;
            if (wait != null) {
                writing.countDown();
                try {
                    wait.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
            if (full) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            check();
            return super.createOutput(name, context);
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            check();
            return super.createTempOutput(prefix, suffix, context);
        }

        @Override
        public void sync(java.util.Collection<String> names) throws IOException {
            check();
            super.sync(names);
        }
    }

    @Test
    void aFullDiskLeavesSearchesWithWhatTheIndexHeldAndTheIndexCatchesUpWhenThereIsRoomAgain() throws Exception {
        CatalogueItem dams = publish("沿海防潮堤巡查养护记录");
        FillingDisk[] disk = new FillingDisk[1];
        PublicTexts texts = nodeOn(disk);
        CatalogueItem levees;
        try {
            assertThat(titles(texts, "防潮堤巡查养护")).containsExactly(dams.title());

            disk[0].full = true;
            levees = publish("森林防火瞭望塔布设规划");
            assertThat(titles(texts, "防潮堤巡查养护")).as("what the index held before").containsExactly(dams.title());
            assertThat(titles(texts, "森林防火瞭望塔")).isEmpty();

            disk[0].full = false;
            assertThat(titles(texts, "森林防火瞭望塔")).as("not tried again within a minute").isEmpty();
            texts.retryAfter = Duration.ZERO;
            assertThat(titles(texts, "森林防火瞭望塔")).containsExactly(levees.title());
            assertThat(titles(texts, "防潮堤巡查养护")).containsExactly(dams.title());
        } finally {
            texts.close();
        }
        PublicTexts restarted = node();
        try {
            assertThat(titles(restarted, "森林防火瞭望塔")).containsExactly(levees.title());
            assertThat(titles(restarted, "防潮堤巡查养护")).containsExactly(dams.title());
        } finally {
            restarted.close();
        }
    }

    @Test
    void aSearchDoesNotWaitForAnotherSearchBringingTheIndexUpToDate() throws Exception {
        CatalogueItem wells = publish("农村饮用水水源井水质检测结果");
        FillingDisk[] disk = new FillingDisk[1];
        PublicTexts texts = nodeOn(disk);
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService searches = Executors.newFixedThreadPool(2);
        try {
            assertThat(titles(texts, "饮用水水源井水质")).containsExactly(wells.title());
            disk[0].gate = gate; // a slow disk: the next catch-up takes as long as the test wants
            CatalogueItem pumps = publish("城区供水泵站改造工程招标公告");
            Future<List<String>> catchingUp = searches.submit(() -> titles(texts, "供水泵站改造工程"));
            assertThat(disk[0].writing.await(30, TimeUnit.SECONDS)).isTrue();

            Future<List<String>> meanwhile = searches.submit(() -> titles(texts, "饮用水水源井水质"));
            assertThat(meanwhile.get(5, TimeUnit.SECONDS)).as("answered from what the index held").containsExactly(wells.title());

            disk[0].gate = null;
            gate.countDown();
            assertThat(catchingUp.get(30, TimeUnit.SECONDS)).containsExactly(pumps.title());
        } finally {
            gate.countDown();
            searches.shutdownNow();
            texts.close();
        }
    }

    @Test
    void aSearchAfterTheNodeStoppedFindsNothingInsteadOfFailing() throws Exception {
        CatalogueItem sluices = publish("水闸工程安全运行管理办法");
        PublicTexts texts = node();
        assertThat(titles(texts, "水闸工程安全运行")).containsExactly(sluices.title());
        texts.close();
        publish("灌区续建配套与节水改造实施方案");
        assertThat(titles(texts, "水闸工程安全运行")).isEmpty();
    }
}
