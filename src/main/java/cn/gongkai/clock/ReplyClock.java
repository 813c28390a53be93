package cn.gongkai.clock;

import cn.gongkai.calendar.DueDate;
import cn.gongkai.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives an application's reply deadline from its clock events and the working-day calendar —
 * pure, so that every due date can be recomputed and explained at any time.
 *
 * <ul>
 * <li>The reply period is {@code replyWorkingDays} working days counted from the receipt
 * (Art. 33), or from the receipt of the supplement after a 补正 notice (Art. 30).</li>
 * <li>Consultations (and, if so configured, an outstanding fee) stop the clock: the working days
 * after the day a pause began, up to and including the day it ended, are added (Art. 33 para 3).
 * Overlapping pauses count once.</li>
 * <li>An extension adds its working days (Art. 33 para 2), and so does a delayed reply period set
 * for an excessive volume with reasonable reasons (Art. 35).</li>
 * </ul>
 */
public final class ReplyClock {

    private final ClockRules rules;

    public ReplyClock(ClockRules rules) {
        this.rules = rules;
    }

    public ReplyDeadline compute(List<ClockEvent> events, WorkingDayCalendar calendar, LocalDate today) {
        Ledger ledger = Ledger.read(events, rules);
        List<String> lines = new ArrayList<>();
        if (ledger.start == null) {
            lines.add("尚未确认收到申请，答复期限尚未开始计算");
            return new ReplyDeadline(ClockState.NOT_STARTED, null, null, 0, 0, List.of(), true, lines, null, null);
        }
        boolean complete = true;
        if (ledger.supplementRequestedOn != null && ledger.restartedBySupplement) {
            lines.add(ledger.receivedOn + " 收到申请；" + ledger.supplementRequestedOn + " 发出补正告知，答复期限自收到补正之日起重新计算");
        }
        if (ledger.awaitingSupplement) {
            lines.add(ledger.start + " 收到申请");
            lines.add(ledger.supplementRequestedOn + " 发出补正告知：补正期间不计时，答复期限自收到补正之日起重新计算");
            return new ReplyDeadline(ClockState.AWAITING_SUPPLEMENT, ledger.start, null, 0, 0, List.of(), true, lines,
                    null, null);
        }
        DueDate base = calendar.addWorkingDays(ledger.start, rules.replyWorkingDays());
        complete &= base.calendarComplete();
        LocalDate due = base.dueOn();
        lines.add((ledger.restartedBySupplement ? ledger.start + " 收到补正材料" : ledger.start + " 收到申请")
                + "：自次日起计算 " + rules.replyWorkingDays() + " 个工作日，期限至 " + due);

        List<Adjustment> adjustments = new ArrayList<>();
        for (Interval p : ledger.pauses) {
            adjustments.add(new Adjustment(p.to == null ? today : p.to, p, null));
        }
        for (ClockEvent e : ledger.extensions) {
            adjustments.add(new Adjustment(e.occurredOn(), null, e));
        }
        adjustments.sort(Comparator.comparing(Adjustment::effectiveOn));

        Set<LocalDate> pausedDays = new HashSet<>();
        List<Pause> pauses = new ArrayList<>();
        List<Pause> counted = new ArrayList<>();
        int extended = 0;
        for (Adjustment a : adjustments) {
            if (a.pause != null) {
                Interval p = a.pause;
                if (p.from.isAfter(due)) {
                    // Art. 33 para 3 excludes consultation time from a period still running; time after it ran out is not excluded
                    pauses.add(new Pause(p.from, p.to, p.reason, 0));
                    lines.add(p.reason + " 开始于 " + p.from + "，答复期限已于 " + due + " 届满，不再扣除");
                    continue;
                }
                LocalDate last = p.to == null ? today : p.to;
                int added = 0;
                for (LocalDate d = p.from.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
                    if (calendar.isWorkingDay(d) && pausedDays.add(d)) {
                        added++;
                        complete &= calendar.hasYear(d.getYear());
                    }
                }
                if (added > 0) {
                    DueDate moved = calendar.addWorkingDays(due, added);
                    complete &= moved.calendarComplete();
                    due = moved.dueOn();
                }
                Pause pause = new Pause(p.from, p.to, p.reason, added);
                pauses.add(pause);
                counted.add(pause);
                lines.add(p.to == null
                        ? p.reason + "：自 " + p.from + " 起暂停计时，至今 " + added + " 个工作日（尚未结束），期限暂计至 " + due
                        : p.reason + " " + p.from + " 至 " + p.to + "，不计入答复期限 " + added + " 个工作日，期限顺延至 " + due);
            } else {
                ClockEvent e = a.extension;
                DueDate moved = calendar.addWorkingDays(due, e.workingDays());
                complete &= moved.calendarComplete();
                due = moved.dueOn();
                String why = blank(e.detail()) ? "" : "（" + e.detail() + "）";
                if (e.type() == ClockEventType.DELAY_SET) {
                    lines.add(e.occurredOn() + " " + who(e) + "依条例第三十五条确定延迟答复期限 " + e.workingDays() + " 个工作日"
                            + why + "，期限延至 " + due);
                } else {
                    extended += e.workingDays();
                    lines.add(e.occurredOn() + " " + who(e) + "批准延长答复期限 " + e.workingDays() + " 个工作日" + why
                            + "，期限延至 " + due);
                }
            }
        }
        ClockState state;
        if (ledger.repliedOn != null) {
            state = ClockState.STOPPED;
            lines.add(ledger.repliedOn + " 作出答复");
        } else {
            state = counted.stream().anyMatch(Pause::open) ? ClockState.PAUSED : ClockState.RUNNING;
            if (today.isAfter(due) && state == ClockState.RUNNING) {
                lines.add("截至 " + today + " 尚未答复，已超过答复期限");
            }
        }
        if (ledger.served != null) {
            LocalDate served = ledger.served.occurredOn();
            lines.add(served + " 答复送达" + (blank(ledger.served.detail()) ? "" : "（" + ledger.served.detail() + "）")
                    + (served.isAfter(due) ? "，超过答复期限" : "，在答复期限内"));
        }
        if (!complete) {
            lines.add("注意：计算涉及尚未载入节假日安排的年份，按周一至周五为工作日计算，结果可能不准确");
        }
        return new ReplyDeadline(state, ledger.start, due, pausedDays.size(), extended, List.copyOf(pauses), complete,
                List.copyOf(lines), ledger.repliedOn, ledger.served == null ? null : ledger.served.occurredOn());
    }

    /**
     * Why an extension of {@code days} working days may not be granted on {@code on} (empty when it
     * may): at most {@code maxExtensionWorkingDays}, at most once, and only before the reply period ran out.
     */
    public List<String> extensionProblems(List<ClockEvent> events, WorkingDayCalendar calendar, LocalDate on, int days) {
        List<String> problems = new ArrayList<>();
        if (days < 1 || days > rules.maxExtensionWorkingDays()) {
            problems.add("延长期限应为 1 至 " + rules.maxExtensionWorkingDays() + " 个工作日（条例第三十三条第二款），申请的是 " + days + " 个工作日");
        }
        events.stream().filter(e -> e.type() == ClockEventType.EXTENSION_GRANTED).findFirst().ifPresent(e ->
                problems.add("答复期限只能延长一次，本申请已于 " + e.occurredOn() + " 延长 " + e.workingDays() + " 个工作日"));
        ReplyDeadline deadline = compute(events, calendar, on);
        switch (deadline.state()) {
            case NOT_STARTED, AWAITING_SUPPLEMENT -> problems.add("答复期限当前未在计算（" + deadline.state().label() + "），不能延期");
            case STOPPED -> problems.add("已作出答复，不能延期");
            default -> {
                if (on.isAfter(deadline.dueOn())) {
                    problems.add("延期须在答复期限届满前决定：期限已于 " + deadline.dueOn() + " 届满");
                }
            }
        }
        return problems;
    }

    /**
     * Why a delayed reply period of {@code days} working days may not be set on {@code on} (Art. 35:
     * an excessive volume or frequency for which the applicant gave reasonable reasons): at most
     * {@code maxDelayWorkingDays}, once, and only while the reply period still runs.
     */
    public List<String> delayProblems(List<ClockEvent> events, WorkingDayCalendar calendar, LocalDate on, int days) {
        List<String> problems = new ArrayList<>();
        if (days < 1 || days > rules.maxDelayWorkingDays()) {
            problems.add("延迟答复期限应为 1 至 " + rules.maxDelayWorkingDays() + " 个工作日，申请的是 " + days + " 个工作日");
        }
        events.stream().filter(e -> e.type() == ClockEventType.DELAY_SET).findFirst().ifPresent(e ->
                problems.add("本申请已于 " + e.occurredOn() + " 依条例第三十五条确定延迟答复期限 " + e.workingDays() + " 个工作日"));
        problems.addAll(runningOn(events, calendar, on, "确定延迟答复期限", "延迟答复期限须在答复期限届满前确定"));
        return problems;
    }

    /**
     * Why the one-time 补正 notice may not be given on {@code on} (empty when it may): only while the
     * clock runs, and within {@code supplementNoticeWorkingDays} working days of receipt (Art. 30). A
     * late notice would restart a period the statute fixed, so it is refused; the reply period keeps
     * running.
     */
    public List<String> supplementNoticeProblems(List<ClockEvent> events, WorkingDayCalendar calendar, LocalDate on) {
        List<String> problems = new ArrayList<>();
        Ledger ledger = Ledger.read(events, rules);
        if (ledger.receivedOn == null) {
            problems.add("尚未确认收到申请，不能要求补正");
            return problems;
        }
        LocalDate limit = calendar.addWorkingDays(ledger.receivedOn, rules.supplementNoticeWorkingDays()).dueOn();
        if (on.isAfter(limit)) {
            problems.add("补正告知须在收到申请之日起 " + rules.supplementNoticeWorkingDays() + " 个工作日内作出（条例第三十条）："
                    + "本申请 " + ledger.receivedOn + " 收到，告知期限已于 " + limit + " 届满。原答复期限继续计算，请按申请内容办理并答复");
        }
        return problems;
    }

    /**
     * Why a consultation (Arts. 32, 34) may not begin on {@code on}: its time is excluded only from a
     * reply period that is still running (Art. 33 para 3), like an extension.
     */
    public List<String> consultationProblems(List<ClockEvent> events, WorkingDayCalendar calendar, LocalDate on) {
        return runningOn(events, calendar, on, "征求意见",
                "征求意见须在答复期限届满前开始（条例第三十三条第三款只扣除期限内的征求意见时间）");
    }

    /**
     * Why a fee notice may not count as received on {@code on}: not before the receipt, only within
     * the reply period (国办函〔2020〕109号: the notice is given within the processing period), and —
     * when the fee does not stop the clock — not when the applicant's 20 working days to pay would
     * end after the reply deadline, which would make the agency late for an applicant who pays on time.
     */
    public List<String> feeNoticeProblems(List<ClockEvent> events, WorkingDayCalendar calendar, LocalDate on) {
        Ledger ledger = Ledger.read(events, rules);
        if (ledger.receivedOn != null && on.isBefore(ledger.receivedOn)) {
            return List.of("收费通知送达日期不能早于收到申请之日（" + ledger.receivedOn + "）");
        }
        List<String> problems = runningOn(events, calendar, on, "收费",
                "收费通知须在答复期限内送达（国办函〔2020〕109号：在政府信息公开申请处理期限内发出收费通知）");
        if (problems.isEmpty() && !rules.feePausesClock()) {
            LocalDate due = compute(events, calendar, on).dueOn();
            LocalDate paymentDue = calendar.addWorkingDays(on, rules.feePaymentWorkingDays()).dueOn();
            if (paymentDue.isAfter(due)) {
                problems.add("缴费期限（至 " + paymentDue + "）晚于答复期限（至 " + due + "）：按当前设置缴费期间不停止计时"
                        + "（gongkai.requests.clock.fee-pauses-clock=false），申请人按期缴费后本机关已逾期。请先延长答复期限，或开启该设置");
            }
        }
        return problems;
    }

    private List<String> runningOn(List<ClockEvent> events, WorkingDayCalendar calendar, LocalDate on, String what,
            String rule) {
        List<String> problems = new ArrayList<>();
        ReplyDeadline deadline = compute(events, calendar, on);
        switch (deadline.state()) {
            case NOT_STARTED, AWAITING_SUPPLEMENT -> problems.add("答复期限当前未在计算（" + deadline.state().label() + "），不能" + what);
            case STOPPED -> problems.add("已作出答复，不能" + what);
            default -> {
                if (on.isAfter(deadline.dueOn())) {
                    problems.add(rule + "：期限已于 " + deadline.dueOn() + " 届满");
                }
            }
        }
        return problems;
    }

    private static String who(ClockEvent e) {
        if (!blank(e.actorName())) {
            return e.actorName();
        }
        return blank(e.actor()) ? "" : e.actor();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private record Adjustment(LocalDate effectiveOn, Interval pause, ClockEvent extension) {
    }

    private static final class Interval {
        final LocalDate from;
        LocalDate to;
        final String reason;
        final ClockEventType closedBy;

        Interval(LocalDate from, String reason, ClockEventType closedBy) {
            this.from = from;
            this.reason = reason;
            this.closedBy = closedBy;
        }
    }

    /** The events read in order into the facts the computation needs. */
    private static final class Ledger {
        LocalDate receivedOn;
        LocalDate start;
        LocalDate supplementRequestedOn;
        boolean awaitingSupplement;
        boolean restartedBySupplement;
        final List<Interval> pauses = new ArrayList<>();
        final List<ClockEvent> extensions = new ArrayList<>();
        LocalDate repliedOn;
        ClockEvent served;

        static Ledger read(List<ClockEvent> events, ClockRules rules) {
            List<ClockEvent> ordered = new ArrayList<>(events);
            ordered.sort(Comparator.comparing(ClockEvent::occurredOn).thenComparingLong(ClockEvent::id));
            Ledger l = new Ledger();
            for (ClockEvent e : ordered) {
                switch (e.type()) {
                    case RECEIVED -> {
                        l.receivedOn = e.occurredOn();
                        l.start = e.occurredOn();
                    }
                    case SUPPLEMENT_REQUESTED -> {
                        l.supplementRequestedOn = e.occurredOn();
                        l.awaitingSupplement = true;
                    }
                    case SUPPLEMENT_RECEIVED -> {
                        l.awaitingSupplement = false;
                        l.restartedBySupplement = true;
                        l.start = e.occurredOn();
                        l.pauses.clear();
                    }
                    case CONSULTATION_OPENED -> l.pauses.add(new Interval(e.occurredOn(),
                            "征求意见" + (e.detail() == null || e.detail().isBlank() ? "" : "（" + e.detail() + "）"),
                            ClockEventType.CONSULTATION_CLOSED));
                    case CONSULTATION_CLOSED -> l.close(ClockEventType.CONSULTATION_CLOSED, e.occurredOn());
                    case FEE_NOTICE_SENT -> {
                        if (rules.feePausesClock()) {
                            l.pauses.add(new Interval(e.occurredOn(), "等待缴纳信息处理费", ClockEventType.FEE_PAID));
                        }
                    }
                    case FEE_PAID -> l.close(ClockEventType.FEE_PAID, e.occurredOn());
                    case EXTENSION_GRANTED, DELAY_SET -> l.extensions.add(e);
                    case REPLIED -> l.repliedOn = e.occurredOn();
                    case SERVED -> l.served = e;
                }
            }
            return l;
        }

        void close(ClockEventType closedBy, LocalDate on) {
            for (int i = pauses.size() - 1; i >= 0; i--) {
                Interval p = pauses.get(i);
                if (p.closedBy == closedBy && p.to == null) {
                    p.to = on;
                    return;
                }
            }
        }
    }
}
