package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.BenchmarkReport;
import cn.gongkai.catalogue.CatalogueQuery;
import cn.gongkai.catalogue.CatalogueService;
import cn.gongkai.catalogue.ItemLinks;
import cn.gongkai.system.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * What a node's search index of published texts ("already public?", Art. 44) costs at start as the
 * catalogue grows: held in memory and built from the database at every start, or kept on disk (the first
 * start builds it, a restart takes it over). Published items with a body of about
 * {@code gongkai.public-texts.chars} (default 2,000) Chinese characters; 1,000, 10,000 and 100,000 items by
 * default ({@code -Dgongkai.public-texts.levels=…}). Results in target/benchmark-public-texts.md; nothing
 * is asserted about time.
 */
@SpringBootTest
@ActiveProfiles("test")
class PublicTextsBenchmark {

    private static final String DATABASE = PostgresTestDatabase.newDatabase();
    static final List<Integer> LEVELS = Arrays.stream(System.getProperty("gongkai.public-texts.levels", "1000,10000,100000")
            .split(",")).map(String::trim).map(Integer::valueOf).toList();
    static final int CHARS = Integer.getInteger("gongkai.public-texts.chars", 2000);

    static final String[] SENTENCES = {"为进一步加强和改进政府信息公开工作，根据《中华人民共和国政府信息公开条例》，结合本地区实际，制定本办法。",
        "各县区人民政府、市直各部门要高度重视，切实加强组织领导，明确责任分工，确保各项任务落到实处。",
        "本年度共安排专项资金三千二百万元，用于养老服务设施建设和运营补贴，资金拨付情况按季度向社会公布。",
        "对未按规定履行职责的单位和个人，依法依规追究责任，并在全市范围内通报批评。",
        "申请人对行政机关作出的政府信息公开答复不服的，可以依法申请行政复议或者提起行政诉讼。",
        "全市共完成老旧小区改造一百二十个，惠及居民四万三千余户，改造内容包括屋面防水、外墙保温和管网更新。",
        "药品集中带量采购中选结果自发布之日起执行，各医疗机构应当按照约定采购量优先使用中选药品。",
        "建设单位应当在项目开工前依法办理建设工程规划许可证，并在施工现场显著位置予以公示。",
        "本办法自印发之日起施行，有效期五年，由市人民政府办公室负责解释。",
        "农村危房改造补助对象为农村低保户、分散供养特困人员、低保边缘家庭和未享受过农村住房保障政策支持的贫困户。",
        "城市更新片区内的公共服务设施配建标准，按照国家和省有关规定执行，并优先保障教育、医疗和养老设施用地。",
        "食品安全监督抽检共抽检样品一万零六百批次，合格率百分之九十八点七，不合格产品已依法处置。",
        "排污单位应当按照排污许可证规定的污染物种类、浓度和排放量排放污染物，并如实记录和报告。",
        "各级财政部门要加强预算执行管理，严禁无预算、超预算支出，严格控制一般性支出。",
        "对群众反映强烈的噪声污染问题，生态环境部门会同公安、住建部门开展联合执法检查。"};

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.use(registry, () -> DATABASE);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcClient client;
    @Autowired
    ChineseText chinese;
    @Autowired
    ItemLinks links;
    @Autowired
    ManagementService management;
    @Autowired
    CatalogueService catalogue;

    @Test
    void buildTimeAndMemoryAsTheCatalogueGrows() throws Exception {
        StringBuilder table = new StringBuilder("| published items | text indexed | in memory: build at start, heap held "
                + "| on disk: first build, heap held | on disk: restart, heap held |\n|---|---|---|---|---|\n");
        StringBuilder searches = new StringBuilder("| published items | 目录 search, a phrase many items hold | a phrase none holds |"
                + " no phrase (first page) |\n|---|---|---|---|\n");
        int stored = 0;
        for (int size : LEVELS) {
            for (int from = stored; from < size; from += 5_000) {
                insert(Math.min(5_000, size - from), from);
            }
            stored = size;
            long chars = jdbc.queryForObject("SELECT SUM(LENGTH(body)) FROM catalogue_item", Long.class);
            table.append("| ").append(String.format("%,d", size)).append(" | ")
                    .append(String.format("%,d", chars / 1_000_000)).append(" million characters | ");
            Path directory = Files.createTempDirectory("gongkai-public-texts");
            try {
                table.append(start(size, "")).append(" | ").append(start(size, directory.toString())).append(" | ")
                        .append(start(size, directory.toString())).append(" |\n");
            } finally {
                FileSystemUtils.deleteRecursively(directory);
            }
            searches.append("| ").append(String.format("%,d", size)).append(" | ")
                    .append(searchTime("养老服务设施")).append(" | ").append(searchTime("城市轨道交通票价听证")).append(" | ")
                    .append(searchTime(null)).append(" |\n");
        }
        String text = "# Search index of published texts, at a node's start (PostgreSQL)\n\n" + table
                + "\n# The public catalogue's search (/catalogue?q=…), first page of 20, median of 3\n\n" + searches;
        System.out.println(text);
        BenchmarkReport.write("public-texts", text);
    }

    /** A node's start: its index brought in step with the database; the time, and the heap the index holds. */
    private String start(int size, String directory) throws Exception {
        long before = usedHeapAfterGc();
        long start = System.nanoTime();
        PublicTexts texts = new PublicTexts(client, chinese, links, new SearchProperties(directory), management);
        int held = texts.size();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long after = usedHeapAfterGc();
        assertThat(held).isEqualTo(size);
        assertThat(texts.matching("养老服务设施建设和运营补贴资金拨付情况", 3)).isNotEmpty();
        texts.close();
        System.out.println("PUBLIC-TEXTS " + size + (directory.isEmpty() ? " in memory" : " on disk") + ": " + millis + " ms, "
                + (after - before) / (1024 * 1024) + " MiB");
        return String.format("%,.1f s, %d MiB", millis / 1000.0, Math.max(0, after - before) / (1024 * 1024));
    }

    private String searchTime(String q) {
        return String.format("%,d ms", BenchmarkReport.medianMillis(() -> catalogue.search(new CatalogueQuery(q, null, null, 1, 20))));
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    void insert(int count, int offset) {
        Random random = new Random(offset + 3L);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder();
            while (body.length() < CHARS) {
                body.append(SENTENCES[random.nextInt(SENTENCES.length)]);
            }
            rows.add(new Object[] {"BENCH-" + (offset + i), "关于印发第" + (offset + i) + "号实施办法的通知", body.toString()});
        }
        LocalDate day = LocalDate.of(2026, 6, 1);
        jdbc.batchUpdate("INSERT INTO catalogue_item (index_number, title, body, category, division, division_name, "
                + "document_type, formed_on, published_on, published_at) VALUES (?, ?, ?, 'POLICY', 'policy', '政策法规处', "
                + "'OTHER', ?, ?, ?)", rows, 1_000, (PreparedStatement ps, Object[] r) -> {
                    ps.setString(1, (String) r[0]);
                    ps.setString(2, (String) r[1]);
                    ps.setString(3, (String) r[2]);
                    ps.setDate(4, Date.valueOf(day));
                    ps.setDate(5, Date.valueOf(day));
                    ps.setObject(6, OffsetDateTime.parse("2026-06-01T00:00:00Z"));
                });
    }
}
