package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.BenchmarkReport;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.PostgresTestDatabase;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How long the repeated-requests page's grouping (Art. 44, {@code /staff/repeated}) takes on PostgreSQL as
 * the applications of its window (365 days) grow: 1,000, 10,000 and 100,000 by default,
 * {@code -Dgongkai.repeated.levels=…} for others ({@code mvn -Pbenchmark verify}; results in
 * target/benchmark-repeated.md; nothing is asserted about time). The applications are written the way people
 * write them — a place, a year, a subject and the kind of document, in varying words — so that many share
 * a place or a year, some ask for the same thing, and one subject is asked for by many.
 */
@SpringBootTest
@ActiveProfiles("test")
class RepeatedRequestsBenchmark {

    private static final String DATABASE = PostgresTestDatabase.newDatabase();
    static final List<Integer> LEVELS = Arrays.stream(System.getProperty("gongkai.repeated.levels", "1000,10000,100000")
            .split(",")).map(String::trim).map(Integer::valueOf).toList();

    static final String[] OPENINGS = {"请公开", "申请获取", "我想了解", "请提供", "申请公开", "", "希望查阅"};
    static final String[] PLACES = {"全省", "本市", "东城区", "西城区", "南湖区", "北山区", "高新区", "经开区", "临江县",
        "青山县", "白沙镇", "石桥镇", "新华街道", "人民路街道", "滨河街道", "城关镇", "红星村", "长安区", "莲湖区", "雁塔区"};
    static final String[] YEARS = {"2022年", "2023年", "2024年度", "2025年", "2026年度"};
    static final String[] SUBJECTS = {"养老机构床位运营补贴", "药品集中采购", "尘肺病康复站建设", "老旧小区改造",
        "房屋征收补偿", "道路拓宽工程", "义务教育学位分配", "医保基金使用", "建设项目环境影响评价", "建设用地规划许可",
        "农村危房改造补助", "最低生活保障金", "耕地占补平衡", "河道采砂许可", "公共租赁住房配租", "垃圾焚烧发电项目",
        "地铁线路规划", "校外培训机构审批", "食品安全抽检", "医疗机构执业许可", "殡葬设施建设", "高标准农田建设",
        "饮用水水源保护区划定", "停车场收费标准", "燃气管道改造", "电动自行车充电设施", "乡村振兴衔接资金",
        "退役军人优待金", "残疾人两项补贴", "城市更新片区规划", "工业园区土地出让", "政府购买服务合同",
        "疫苗接种点设置", "公立医院绩效考核", "森林防火经费", "安置房分配方案", "拆迁过渡费发放", "学校食堂承包",
        "排污许可证核发", "噪声污染投诉处理"};
    static final String[] KINDS = {"发放名单", "批复文件", "实施方案", "验收报告", "资金使用明细", "会议纪要",
        "招标文件和中标结果", "检查结果通报", "审批材料", "评估报告", "工作总结", "统计数据", "合同文本", "公示名单",
        "标准和依据", "预算和决算", "处理结果", "规划图纸", "听证笔录", "考核结果"};
    /** One subject many ask for, in their own words (a policy change, a scandal). */
    static final String[] HOT = {"请公开%s%s养老机构床位运营补贴的发放名单", "申请获取%s%s养老机构运营补贴发放名单（含各机构补贴金额）",
        "我想了解%s%s各养老机构床位运营补贴发放名单", "请提供%s养老机构%s床位运营补贴发放名单及补贴标准"};

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.use(registry, () -> DATABASE);
    }

    @Autowired
    RepeatedRequests repeated;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AgencyTime clock;

    @Test
    void groupingTimeAsTheWindowFills() {
        StringBuilder table = new StringBuilder(
                "| applications in the window | grouping (median of 3) | groups | largest group | heap used after |\n"
                        + "|---|---|---|---|---|\n");
        int stored = 0;
        for (int size : LEVELS) {
            for (int from = stored; from < size; from += 50_000) {
                insert(Math.min(50_000, size - from), from);
            }
            stored = size;
            jdbc.execute("ANALYZE disclosure_request");
            long millis = BenchmarkReport.medianMillis(repeated::candidates);
            RepeatedRequests.Candidates groups = repeated.candidates();
            assertThat(groups.groups()).isNotEmpty();
            Runtime rt = Runtime.getRuntime();
            table.append("| ").append(String.format("%,d", size)).append(" | ").append(millis).append(" ms | ")
                    .append(String.format("%,d", groups.total())).append(" | ")
                    .append(String.format("%,d", groups.groups().get(0).count())).append(" | ")
                    .append((rt.totalMemory() - rt.freeMemory()) / (1024 * 1024)).append(" MiB |\n");
            System.out.println("REPEATED " + size + ": " + millis + " ms");
        }
        String text = "# Repeated requests (Art. 44) on PostgreSQL\n\nThe grouping behind /staff/repeated: every "
                + "application of the last 365 days segmented, weighed and compared (RepeatedRequests.candidates).\n\n"
                + table;
        System.out.println(text);
        BenchmarkReport.write("repeated", text);
    }

    /** Applications received over the last year: a place, a year, a subject, a kind of document; 2 % the hot subject. */
    void insert(int count, int offset) {
        Random random = new Random(offset + 7L);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String place = PLACES[random.nextInt(PLACES.length)];
            String year = YEARS[random.nextInt(YEARS.length)];
            String description = random.nextInt(50) == 0
                    ? String.format(HOT[random.nextInt(HOT.length)], place, year)
                    : OPENINGS[random.nextInt(OPENINGS.length)] + place + year + SUBJECTS[random.nextInt(SUBJECTS.length)]
                            + "的" + KINDS[random.nextInt(KINDS.length)];
            rows.add(new Object[] {"YS-R-" + (offset + i), description,
                    Date.valueOf(clock.today().minusDays(random.nextInt(365)))});
        }
        jdbc.batchUpdate("INSERT INTO disclosure_request (tracking_code, channel, applicant_type, applicant_name, "
                + "description, status, submitted_at, received_on) VALUES (?, 'ONLINE', 'NATURAL_PERSON', '申请人', ?, "
                + "'IN_PROGRESS', ?, ?)", rows, 5_000, (PreparedStatement ps, Object[] r) -> {
                    ps.setString(1, (String) r[0]);
                    ps.setString(2, (String) r[1]);
                    ps.setObject(3, OffsetDateTime.parse("2026-01-01T00:00:00Z"));
                    ps.setDate(4, (Date) r[2]);
                });
    }
}
