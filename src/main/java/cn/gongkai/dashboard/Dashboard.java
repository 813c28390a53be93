package cn.gongkai.dashboard;

import cn.gongkai.agency.AgencyProperties;
import cn.gongkai.consultation.ConsultationChannel;
import cn.gongkai.request.Outcome;
import cn.gongkai.system.AgencyTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The supervisors' dashboard (督查看板): the figures behind each picture, as tables, for the whole
 * agency or one division.
 */
@Service
public class Dashboard {

    static final int MONTHS = 12;
    static final String ON_TIME = "on-time";
    static final String BY_DIVISION = "by-division";
    static final String REPLY_TIME = "reply-time";
    static final String AGEING = "ageing";
    static final String OUTCOMES = "outcomes";
    static final String CONSULTATIONS = "consultations";
    static final String REMINDERS = "reminders";
    static final String INCIDENTS = "incidents";
    static final String FORECAST = "forecast";

    /** The open applications by how their deadline stands today; each is a bar leading to its list. */
    public enum Bucket {
        OVERDUE("已超期"),
        THIS_WEEK("本周到期"),
        NEXT_WEEK("下周到期"),
        LATER("两周后到期"),
        PAUSED("暂停计时或待补正");

        private final String label;

        Bucket(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The dashboard of a scope on a day: its tables in the order the page shows them. */
    public record View(Scope scope, LocalDate today, List<DashboardTable> tables) {

        public DashboardTable table(String id) {
            return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        }
    }

    private final Matters matters;
    private final DeadlineForecast forecast;
    private final JdbcClient jdbc;
    private final AgencyProperties agency;
    private final AgencyTime clock;
    private final RuntimeService runtime;
    private final RepositoryService repository;

    Dashboard(Matters matters, DeadlineForecast forecast, JdbcClient jdbc, AgencyProperties agency, AgencyTime clock,
            RuntimeService runtime, RepositoryService repository) {
        this.matters = matters;
        this.forecast = forecast;
        this.jdbc = jdbc;
        this.agency = agency;
        this.clock = clock;
        this.runtime = runtime;
        this.repository = repository;
    }

    public View view(Scope scope) {
        LocalDate today = clock.today();
        YearMonth first = YearMonth.from(today).minusMonths(MONTHS - 1L);
        // the agency's replies, read once: the scope's pictures and every division's pace come from them
        List<Matters.Replied> agencyReplied = matters.replied(Scope.agency(null), first.atDay(1), today);
        List<Matters.Replied> replied = scope.wholeAgency() ? agencyReplied
                : agencyReplied.stream().filter(r -> scope.division().equals(r.division())).toList();
        List<Matters.Open> open = matters.open(scope);
        List<DashboardTable> tables = new ArrayList<>();
        tables.add(onTime(scope, replied, first));
        tables.add(byDivision(scope, replied));
        tables.add(replyTime(replied));
        tables.add(ageing(open, today));
        tables.add(forecast(open, agencyReplied));
        tables.add(outcomes(scope, today));
        tables.add(consultations(scope, today));
        tables.add(reminders(scope, first));
        tables.add(incidents(scope, open));
        return new View(scope, today, tables);
    }

    /** The open applications of one bucket, for the list behind its bar. */
    public List<Matters.Open> openIn(Scope scope, Bucket bucket) {
        LocalDate today = clock.today();
        return matters.open(scope).stream().filter(m -> bucket(m, today) == bucket).toList();
    }

    private DashboardTable onTime(Scope scope, List<Matters.Replied> replied, YearMonth first) {
        List<String> divisions = scope.wholeAgency() ? divisionsIn(replied) : List.of(scope.division());
        List<String> columns = new ArrayList<>(List.of("月份"));
        if (scope.wholeAgency()) {
            columns.add("全机关（%）");
        }
        divisions.forEach(d -> columns.add(agency.divisionName(d) + "（%）"));
        List<DashboardTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            YearMonth month = first.plusMonths(i);
            List<Object> cells = new ArrayList<>(List.of(month.toString()));
            Predicate<Matters.Replied> inMonth = r -> YearMonth.from(r.repliedOn()).equals(month);
            if (scope.wholeAgency()) {
                cells.add(rate(replied, inMonth));
            }
            divisions.forEach(d -> cells.add(rate(replied, inMonth.and(r -> d.equals(r.division())))));
            rows.add(new DashboardTable.Row(cells, null));
        }
        return new DashboardTable(ON_TIME, "按期答复率（按答复月份）", "line", columns, rows, List.of("100:全部按期"),
                "按期：在法定期限（20 个工作日，经延长的 20 + 20 个工作日，征求意见等依法不计入的时间除外）内答复。当月无答复的不显示。");
    }

    private DashboardTable byDivision(Scope scope, List<Matters.Replied> replied) {
        List<DashboardTable.Row> rows = new ArrayList<>();
        List<String> divisions = scope.wholeAgency() ? divisionsIn(replied) : List.of(scope.division());
        for (String d : divisions) {
            List<Matters.Replied> mine = replied.stream().filter(r -> d.equals(r.division())).toList();
            rows.add(DashboardTable.Row.of(agency.divisionName(d), mine.size(),
                    mine.stream().filter(Matters.Replied::onTime).count(),
                    mine.stream().filter(r -> !r.onTime()).count()));
        }
        return new DashboardTable(BY_DIVISION, "近 " + MONTHS + " 个月各处室答复情况", "bar",
                List.of("处室", "答复件数", "按期答复", "逾期答复"), rows, null, null);
    }

    private DashboardTable replyTime(List<Matters.Replied> replied) {
        int longest = replied.stream().mapToInt(Matters.Replied::workingDaysUsed).max().orElse(0);
        Map<Integer, Long> counts = replied.stream()
                .collect(Collectors.groupingBy(Matters.Replied::workingDaysUsed, Collectors.counting()));
        List<DashboardTable.Row> rows = new ArrayList<>();
        for (int days = 0; days <= Math.max(45, longest); days++) {
            rows.add(DashboardTable.Row.of(days, counts.getOrDefault(days, 0L)));
        }
        return new DashboardTable(REPLY_TIME, "答复用时分布（工作日）", "bar", List.of("用时（工作日）", "答复件数"),
                rows, List.of("20:法定期限 20 个工作日", "40:延长后 20 + 20 个工作日"),
                "用时自收到申请（或补正）的次日起计算，征求意见、缴费等依法不计入的时间已扣除。");
    }

    private DashboardTable ageing(List<Matters.Open> open, LocalDate today) {
        Map<Bucket, Long> counts = new EnumMap<>(Bucket.class);
        open.forEach(m -> counts.merge(bucket(m, today), 1L, Long::sum));
        List<DashboardTable.Row> rows = new ArrayList<>();
        for (Bucket b : Bucket.values()) {
            rows.add(DashboardTable.Row.linked("/staff/dashboard/open?bucket=" + b.name(), b.label(),
                    counts.getOrDefault(b, 0L)));
        }
        return new DashboardTable(AGEING, "在办申请的期限分布", "bar", List.of("期限", "在办件数"), rows, null,
                "点击条形或期限名称查看该组申请，再进入申请档案。");
    }

    static Bucket bucket(Matters.Open m, LocalDate today) {
        if (!m.running()) {
            return Bucket.PAUSED;
        }
        LocalDate due = m.deadline().dueOn();
        LocalDate endOfWeek = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        if (due.isBefore(today)) {
            return Bucket.OVERDUE;
        }
        if (!due.isAfter(endOfWeek)) {
            return Bucket.THIS_WEEK;
        }
        return due.isAfter(endOfWeek.plusWeeks(1)) ? Bucket.LATER : Bucket.NEXT_WEEK;
    }

    private DashboardTable forecast(List<Matters.Open> open, List<Matters.Replied> agencyReplied) {
        List<DashboardTable.Row> rows = forecast.atRisk(open, agencyReplied).stream()
                .map(a -> DashboardTable.Row.linked("/staff/requests/" + a.matter().trackingCode(),
                        a.matter().trackingCode(), agency.divisionName(a.matter().division()),
                        a.matter().deadline().dueOn().toString(), a.matter().remaining(), a.pace(), a.needed(),
                        a.firstMailOn().toString()))
                .toList();
        return new DashboardTable(FORECAST, "期限预警：可能逾期的申请", "none",
                List.of("申请编号", "承办处室", "答复期限", "剩余工作日", "处室近期用时", "预计还需工作日", "首封提醒邮件"), rows,
                null, "处室近期用时：近 " + DeadlineForecast.PACE_DAYS + " 天该处室四分之三的申请在此工作日数内答复（不足 "
                        + DeadlineForecast.MIN_SAMPLE + " 件的按全机关计）。只列提醒邮件尚未发出、按此用时将超过期限的申请。");
    }

    private DashboardTable outcomes(Scope scope, LocalDate today) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT outcome, COUNT(*) FROM disclosure_request WHERE outcome IS NOT NULL AND replied_on >= :from "
                        + "AND replied_on <= :to" + (scope.wholeAgency() ? "" : " AND division = :division") + " GROUP BY outcome")
                .param("from", today.withDayOfYear(1)).param("to", today).param("division", scope.division())
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        List<DashboardTable.Row> rows = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            rows.add(DashboardTable.Row.of(o.label(), counts.getOrDefault(o.name(), 0L)));
        }
        return new DashboardTable(OUTCOMES, today.getYear() + " 年申请处理结果（按年度报告第三部分的行）", "bar",
                List.of("处理结果", "件数"), rows, null, null);
    }

    private DashboardTable consultations(Scope scope, LocalDate today) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT channel, COUNT(*) FROM consultation WHERE received_on >= :from AND received_on <= :to"
                        + (scope.wholeAgency() ? "" : " AND division = :division") + " GROUP BY channel")
                .param("from", today.withDayOfYear(1)).param("to", today).param("division", scope.division())
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        List<DashboardTable.Row> rows = new ArrayList<>();
        for (ConsultationChannel c : ConsultationChannel.values()) {
            rows.add(DashboardTable.Row.of(c.label(), counts.getOrDefault(c.name(), 0L)));
        }
        return new DashboardTable(CONSULTATIONS, today.getYear() + " 年咨询（按渠道）", "pie", List.of("渠道", "件数"), rows,
                null, null);
    }

    private DashboardTable reminders(Scope scope, YearMonth first) {
        // counted by month in the database: the months' bounds are instants of the agency's time zone
        StringBuilder monthOf = new StringBuilder("CASE");
        Map<String, Object> bounds = new HashMap<>();
        for (int i = 0; i <= MONTHS; i++) {
            bounds.put("b" + i, first.plusMonths(i).atDay(1).atStartOfDay(clock.zone()).toOffsetDateTime()
                    .withOffsetSameInstant(ZoneOffset.UTC));
            if (i > 0) {
                monthOf.append(" WHEN sent_at < :b").append(i).append(" THEN ").append(i - 1);
            }
        }
        monthOf.append(" END");
        Map<YearMonth, Long> counts = new HashMap<>();
        jdbc.sql("SELECT m, COUNT(*) FROM (SELECT " + monthOf + " AS m FROM reminder_mail WHERE status = 'SENT' "
                        + "AND sent_at >= :b0 AND sent_at < :b" + MONTHS + (scope.wholeAgency() ? ""
                        : " AND matter IN (SELECT 'request:' || tracking_code FROM disclosure_request WHERE division = :division)")
                        + ") sent GROUP BY m")
                .params(bounds).param("division", scope.division())
                .query((rs, n) -> counts.put(first.plusMonths(rs.getInt(1)), rs.getLong(2)))
                .list();
        List<DashboardTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            YearMonth month = first.plusMonths(i);
            rows.add(DashboardTable.Row.of(month.toString(), counts.getOrDefault(month, 0L)));
        }
        return new DashboardTable(REMINDERS, "期限提醒邮件（按发送月份）", "bar", List.of("月份", "提醒邮件（封）"), rows, null,
                scope.wholeAgency() ? "含申请、咨询、主动公开和更正申请的提醒。" : "本处室承办申请的提醒。");
    }

    private DashboardTable incidents(Scope scope, List<Matters.Open> open) {
        Set<String> mine = open.stream().map(Matters.Open::processInstanceId).collect(Collectors.toSet());
        Map<String, Long> byProcess = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Incident incident : runtime.createIncidentQuery().list()) {
            if (!scope.wholeAgency() && !mine.contains(incident.getProcessInstanceId())) {
                continue;
            }
            String name = names.computeIfAbsent(incident.getProcessDefinitionId(), id -> {
                var definition = repository.getProcessDefinition(id);
                return definition.getName() == null ? definition.getKey() : definition.getName();
            });
            byProcess.merge(name, 1L, Long::sum);
        }
        List<DashboardTable.Row> rows = new ArrayList<>();
        new TreeSet<>(byProcess.keySet()).forEach(name -> rows.add(DashboardTable.Row.of(name, byProcess.get(name))));
        return new DashboardTable(INCIDENTS, "待处理的流程故障（Cockpit 中的 incident）", "none", List.of("流程", "故障数"),
                rows, null, "自动任务多次重试仍失败时产生，须在 Cockpit 中处理后重试。");
    }

    private List<String> divisionsIn(List<Matters.Replied> replied) {
        Set<String> present = replied.stream().map(Matters.Replied::division).filter(d -> d != null)
                .collect(Collectors.toSet());
        return agency.divisions().stream().map(AgencyProperties.Division::code).filter(present::contains).toList();
    }

    private static Double rate(List<Matters.Replied> replied, Predicate<Matters.Replied> which) {
        List<Matters.Replied> these = replied.stream().filter(which).toList();
        if (these.isEmpty()) {
            return null;
        }
        long onTime = these.stream().filter(Matters.Replied::onTime).count();
        return Math.round(onTime * 1000.0 / these.size()) / 10.0;
    }
}
