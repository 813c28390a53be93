package cn.gongkai.dashboard;

import cn.gongkai.calendar.WorkingDayCalendar;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.escalation.EscalationProperties;
import cn.gongkai.escalation.Rung;
import cn.gongkai.escalation.WatchedClock;
import cn.gongkai.system.AgencyTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Which open applications are likely to miss their deadline, named before the escalation ladder's
 * first mail would name them. Each handling division's recent pace is the number of counted working
 * days within which it answered three in four of its applications over the last
 * {@value #PACE_DAYS} days (the agency's, if the division answered fewer than {@value #MIN_SAMPLE});
 * an application is at risk when what its division usually still needs exceeds what is left.
 */
@Service
class DeadlineForecast {

    static final int PACE_DAYS = 180;
    static final int MIN_SAMPLE = 5;
    static final double PACE_QUANTILE = 0.75;

    /**
     * An application at risk: {@code needed}, the working days its division usually still needs;
     * {@code firstMailOn}, the day the ladder would send its first reminder.
     */
    record AtRisk(Matters.Open matter, int pace, int needed, LocalDate firstMailOn) {
    }

    private final WorkingDays workingDays;
    private final EscalationProperties escalation;
    private final AgencyTime clock;

    DeadlineForecast(WorkingDays workingDays, EscalationProperties escalation, AgencyTime clock) {
        this.workingDays = workingDays;
        this.escalation = escalation;
        this.clock = clock;
    }

    /**
     * The paces of the divisions (and of the whole agency, under null) from the agency's applications
     * replied over the last {@value #PACE_DAYS} days (older ones in {@code replied} are left out); a
     * division's head is forecast against the agency's pace too.
     */
    Map<String, Integer> paces(List<Matters.Replied> replied) {
        LocalDate since = clock.today().minusDays(PACE_DAYS);
        Map<String, List<Integer>> used = new HashMap<>();
        for (Matters.Replied r : replied) {
            if (r.repliedOn().isBefore(since)) {
                continue;
            }
            used.computeIfAbsent(r.division(), k -> new ArrayList<>()).add(r.workingDaysUsed());
            used.computeIfAbsent(null, k -> new ArrayList<>()).add(r.workingDaysUsed());
        }
        Map<String, Integer> paces = new HashMap<>();
        used.forEach((division, days) -> {
            if (days.size() >= MIN_SAMPLE) {
                paces.put(division, quantile(days, PACE_QUANTILE));
            }
        });
        return paces;
    }

    /**
     * The running applications among {@code open} likely to be late whose first reminder is still
     * ahead, most urgent first; {@code replied}, the agency's replies of at least the last
     * {@value #PACE_DAYS} days, give the paces.
     */
    List<AtRisk> atRisk(List<Matters.Open> open, List<Matters.Replied> replied) {
        Map<String, Integer> paces = paces(replied);
        LocalDate today = clock.today();
        WorkingDayCalendar calendar = workingDays.calendar();
        int firstOffset = escalation.ladder(WatchedClock.REPLY).stream().mapToInt(Rung::offset).min().orElse(0);
        List<AtRisk> atRisk = new ArrayList<>();
        for (Matters.Open m : open) {
            Integer pace = paces.getOrDefault(m.division(), paces.get(null));
            if (!m.running() || pace == null) {
                continue;
            }
            LocalDate firstMail = firstOffset < 0 ? calendar.minusWorkingDays(m.deadline().dueOn(), -firstOffset)
                    : m.deadline().dueOn();
            int needed = Math.max(0, pace - m.elapsed());
            if (needed > m.remaining() && today.isBefore(firstMail)) {
                atRisk.add(new AtRisk(m, pace, needed, firstMail));
            }
        }
        atRisk.sort(Comparator.comparingInt((AtRisk a) -> a.matter().remaining() - a.needed())
                .thenComparing(a -> a.matter().deadline().dueOn()));
        return atRisk;
    }

    /** The nearest-rank quantile of a sample. */
    static int quantile(List<Integer> sample, double q) {
        List<Integer> sorted = sample.stream().sorted().toList();
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
