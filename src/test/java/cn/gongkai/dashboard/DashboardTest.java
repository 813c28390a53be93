package cn.gongkai.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import cn.gongkai.request.Outcome;
import cn.gongkai.request.RequestDriver;
import cn.gongkai.request.RequestIntake;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 督查看板 with real applications driven through the process on their own database, on dates worked
 * out by hand (2026 calendar: National Day 1–7 Oct off, Sat 10 Oct worked):
 * <ul>
 * <li>发展规划处 (planning) answered five applications received Mon 07-06 on Mon 08-10: 25 working
 * days (07-07…08-10), five days after their due day Mon 08-03 — its pace is 25;</li>
 * <li>中小企业处 (sme) answered five received Mon 07-06 on Mon 07-13: 5 working days, on time;</li>
 * <li>open on "today", Mon 11-16: one of each division received Wed 11-11 (3 working days used:
 * 11-12, 11-13, 11-16; due Wed 12-09, 17 left), and one of sme received Mon 10-12, due Mon 11-09,
 * overdue.</li>
 * </ul>
 */
@GongkaiTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:gongkai-dashboard-test;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RequestIntake intake;
    @Autowired
    Dashboard dashboard;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    String slowOpen;
    String fastOpen;
    String overdue;

    static void at(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }

    @BeforeAll
    void applications() {
        RequestDriver driver = new RequestDriver(engine, intake);
        for (int i = 0; i < 5; i++) {
            replied(driver, "planning", "2026-08-10T02:00:00Z", "2025年度城市规划评估报告（" + i + "）");
            replied(driver, "sme", "2026-07-13T02:00:00Z", "2026年中小企业专项资金分配（" + i + "）");
        }
        at("2026-10-12T02:00:00Z");
        overdue = received(driver, "sme", "2026-10-12", "2026年中小企业纾困资金名单");
        at("2026-11-11T02:00:00Z");
        slowOpen = received(driver, "planning", "2026-11-11", "2026年全市产业园区规划调整方案");
        fastOpen = received(driver, "sme", "2026-11-11", "2026年专精特新企业认定名单");
        at("2026-11-16T02:00:00Z");
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    private void replied(RequestDriver driver, String division, String repliedAt, String description) {
        at("2026-07-06T02:00:00Z");
        ProcessInstance pi = driver.register("IN_PERSON", "2026-07-06", description);
        driver.assign(pi, division);
        at(repliedAt);
        driver.draftReply(pi, division + "-staff", Outcome.DISCLOSED, null);
        driver.signOff(pi, division + "-head");
    }

    private String received(RequestDriver driver, String division, String on, String description) {
        ProcessInstance pi = driver.register("IN_PERSON", on, description);
        driver.assign(pi, division);
        return pi.getBusinessKey();
    }

    static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user) {
        String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + token);
    }

    Dashboard.View agency() {
        return dashboard.view(Scope.agency("本委"));
    }

    static List<Object> row(DashboardTable table, Object category) {
        return table.rows().stream().filter(r -> r.cells().get(0).equals(category)).findFirst().orElseThrow().cells();
    }

    @Test
    void onTimeRatesByMonthAndDivisionAgainstTheStatutoryLines() {
        Dashboard.View view = agency();
        DashboardTable onTime = view.table(Dashboard.ON_TIME);
        assertThat(onTime.columns()).containsExactly("月份", "全机关（%）", "发展规划处（%）", "中小企业处（%）");
        assertThat(onTime.rows()).hasSize(12);
        assertThat(onTime.rows().get(0).cells().get(0)).isEqualTo("2025-12");
        assertThat(row(onTime, "2026-07")).containsExactly("2026-07", 100.0, null, 100.0);
        assertThat(row(onTime, "2026-08")).containsExactly("2026-08", 0.0, 0.0, null);
        assertThat(row(onTime, "2026-09")).containsExactly("2026-09", null, null, null);

        assertThat(row(view.table(Dashboard.BY_DIVISION), "发展规划处")).containsExactly("发展规划处", 5, 0L, 5L);
        DashboardTable replyTime = view.table(Dashboard.REPLY_TIME);
        assertThat(row(replyTime, 5)).containsExactly(5, 5L);
        assertThat(row(replyTime, 25)).containsExactly(25, 5L);
        assertThat(row(replyTime, 20)).containsExactly(20, 0L);
        assertThat(replyTime.markLines()).containsExactly("20:法定期限 20 个工作日", "40:延长后 20 + 20 个工作日");
    }

    /** The mail log counted by the month a mail was sent, in the agency's time zone (UTC+8), sent mails only. */
    @Test
    void reminderMailsByTheMonthTheyWereSentInTheAgencysTimeZone() {
        DashboardTable before = agency().table(Dashboard.REMINDERS);
        DashboardTable planningBefore = dashboard.view(new Scope("planning", "发展规划处")).table(Dashboard.REMINDERS);
        mail(slowOpen, 1, "2026-10-31T16:30:00Z", "SENT");      // 11-01 00:30 in Beijing: November
        mail(fastOpen, 1, "2026-10-31T15:30:00Z", "SENT");      // 10-31 23:30: October
        mail(fastOpen, 2, "2026-10-20T01:00:00Z", "NO_ADDRESS"); // not sent
        mail(overdue, 1, "2025-11-30T15:59:00Z", "SENT");       // 2025-11-30 23:59: before the twelve months shown
        mail(overdue, 2, "2025-11-30T16:00:00Z", "SENT");       // 2025-12-01 00:00: the first month shown

        DashboardTable after = agency().table(Dashboard.REMINDERS);
        assertThat(added(before, after, "2025-12")).isEqualTo(1);
        assertThat(added(before, after, "2026-10")).isEqualTo(1);
        assertThat(added(before, after, "2026-11")).isEqualTo(1);
        assertThat(after.rows()).hasSize(12);
        DashboardTable planning = dashboard.view(new Scope("planning", "发展规划处")).table(Dashboard.REMINDERS);
        assertThat(added(planningBefore, planning, "2026-11")).isEqualTo(1);
        assertThat(added(planningBefore, planning, "2026-10")).isZero();
    }

    private void mail(String trackingCode, int rung, String sentAt, String status) {
        OffsetDateTime at = OffsetDateTime.parse(sentAt);
        jdbc.sql("INSERT INTO reminder_mail (watch_key, matter, clock, rung_offset, occurrence_on, due_on, recipient, "
                        + "subject, status, recorded_at, sent_at) VALUES (:watch, :matter, 'REPLY', :rung, :on, :on, 'supervisor', "
                        + "'答复期限提醒', :status, :at, :sent)")
                .param("watch", "request:" + trackingCode + "/REPLY").param("matter", "request:" + trackingCode)
                .param("rung", rung).param("on", at.toLocalDate()).param("status", status).param("at", at)
                .param("sent", status.equals("SENT") ? at : null).update();
    }

    private static long added(DashboardTable before, DashboardTable after, String month) {
        return (Long) row(after, month).get(1) - (Long) row(before, month).get(1);
    }

    @Test
    void openApplicationsByDeadlineEachBarLeadingToItsList() throws Exception {
        DashboardTable ageing = agency().table(Dashboard.AGEING);
        assertThat(ageing.rows()).extracting(r -> r.cells().get(1)).containsExactly(1L, 0L, 0L, 2L, 0L);
        assertThat(ageing.rows().get(0).link()).isEqualTo("/staff/dashboard/open?bucket=OVERDUE");

        Document list = Jsoup.parse(mvc.perform(as(get("/staff/dashboard/open").param("bucket", "OVERDUE"), "supervisor"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(list.select("tbody tr")).hasSize(1);
        assertThat(list.select("tbody a").attr("href")).isEqualTo("/staff/requests/" + overdue);
        assertThat(list.select("tbody").text()).contains("2026-11-09");
        mvc.perform(as(get("/staff/dashboard/open").param("bucket", "SOON"), "supervisor"))
                .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("「bucket」取值无效")));
    }

    @Test
    void theForecastNamesTheSlowDivisionsMatterBeforeTheFirstReminder() {
        DashboardTable forecast = agency().table(Dashboard.FORECAST);
        assertThat(forecast.rows()).hasSize(1);
        DashboardTable.Row risk = forecast.rows().get(0);
        // due 12-09 with 17 working days left; planning needs 25 - 3 = 22; the ladder's first mail
        // (5 working days before the due day) would go on Wed 12-02
        assertThat(risk.cells()).containsExactly(slowOpen, "发展规划处", "2026-12-09", 17, 25, 22, "2026-12-02");
        assertThat(risk.link()).isEqualTo("/staff/requests/" + slowOpen);
        assertThat(forecast.rows()).extracting(r -> r.cells().get(0)).doesNotContain(fastOpen, overdue);

        // once the first mail is due the ladder names the matter itself: no longer forecast
        at("2026-12-02T02:00:00Z");
        try {
            assertThat(agency().table(Dashboard.FORECAST).rows()).isEmpty();
        } finally {
            at("2026-11-16T02:00:00Z");
        }
    }

    @Test
    void aDivisionsHeadSeesTheDivisionOnlyAndStaffSeeNothing() throws Exception {
        Document page = Jsoup.parse(mvc.perform(as(get("/staff/dashboard"), "sme-head"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("督查看板 · 中小企业处");
        assertThat(page.text()).doesNotContain("发展规划处");
        assertThat(page.select("#ageing-data tbody td").eachText()).containsExactly("1", "0", "0", "1", "0");
        assertThat(page.select("select#division")).as("no choice of scope for a division's head").isEmpty();

        mvc.perform(as(get("/staff/dashboard").param("division", "planning"), "sme-head")).andExpect(status().isForbidden());
        mvc.perform(as(get("/staff/dashboard"), "sme-staff")).andExpect(status().isForbidden());
        mvc.perform(as(get("/staff/dashboard.xlsx"), "sme-staff")).andExpect(status().isForbidden());
        mvc.perform(get("/staff/dashboard")).andExpect(status().isUnauthorized());
        mvc.perform(as(get("/staff/dashboard").param("division", "nosuch"), "supervisor")).andExpect(status().isNotFound());

        Document narrowed = Jsoup.parse(mvc.perform(as(get("/staff/dashboard").param("division", "planning"), "leader"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(narrowed.select("h1").text()).isEqualTo("督查看板 · 发展规划处");
        assertThat(narrowed.text()).contains(slowOpen).doesNotContain(overdue);
    }

    @Test
    void everyChartHasItsTableAndTheWorkbookHoldsThemAll() throws Exception {
        Document page = Jsoup.parse(mvc.perform(as(get("/staff/dashboard"), "supervisor"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".chart[data-chart]")).isNotEmpty().allSatisfy(chart -> {
            assertThat(page.getElementById(chart.attr("data-table"))).as("table of %s", chart.attr("aria-label")).isNotNull();
            assertThat(chart.attr("role")).isEqualTo("img");
        });
        // served by the application itself, from the WebJar, under its version
        String echarts = page.select("script[src]").get(0).attr("src");
        assertThat(echarts).matches("/webjars/echarts/[0-9.]+/dist/echarts\\.min\\.js");
        assertThat(page.select("script[src]").get(1).attr("src")).isEqualTo("/js/dashboard.js");
        mvc.perform(get(echarts)).andExpect(status().isOk());

        byte[] xlsx = mvc.perform(as(get("/staff/dashboard.xlsx"), "disclosure"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(agency().tables().size());
            var ageing = workbook.getSheetAt(3);
            assertThat(ageing.getRow(1).getCell(0).getStringCellValue()).isEqualTo("期限");
            assertThat(ageing.getRow(2).getCell(0).getStringCellValue()).isEqualTo("已超期");
            assertThat(ageing.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(1.0);
        }
    }
}
