package cn.gongkai.calendar;

import cn.gongkai.calendar.DayInfo.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Working-day arithmetic over the official holiday schedules (pure and immutable).
 *
 * <p>A working day is Monday to Friday unless it is a public holiday, or a Saturday or Sunday
 * listed as a make-up working day. "N working days from D" is the N-th working day strictly after
 * D: the day D itself is never counted. For a year without a loaded schedule, Monday to Friday are
 * assumed to be working days and the answer says the calendar was incomplete.
 */
public final class WorkingDayCalendar {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final Map<Integer, HolidayYear> years;
    private final Map<LocalDate, DayInfo> specialDays;

    public WorkingDayCalendar(Iterable<HolidayYear> holidayYears) {
        Map<Integer, HolidayYear> byYear = new TreeMap<>();
        Map<LocalDate, DayInfo> special = new HashMap<>();
        for (HolidayYear year : holidayYears) {
            List<String> problems = year.problems();
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(year.year() + " 年节假日安排有误：" + String.join("；", problems));
            }
            if (byYear.put(year.year(), year) != null) {
                throw new IllegalArgumentException(year.year() + " 年节假日安排重复");
            }
            for (HolidayYear.Holiday h : year.holidays()) {
                for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
                    special.put(d, new DayInfo(d, Kind.HOLIDAY, h.name(), true));
                }
            }
            for (HolidayYear.MakeUpWorkday w : year.workdays()) {
                special.put(w.date(), new DayInfo(w.date(), Kind.MAKE_UP_WORKDAY, w.name(), true));
            }
        }
        this.years = Collections.unmodifiableMap(byYear);
        this.specialDays = Map.copyOf(special);
    }

    /** The years whose schedule is loaded, ascending. */
    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    public boolean hasYear(int year) {
        return years.containsKey(year);
    }

    public HolidayYear year(int year) {
        return years.get(year);
    }

    public DayInfo classify(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayInfo special = specialDays.get(date);
        if (special != null) {
            return special;
        }
        boolean known = years.containsKey(date.getYear());
        DayOfWeek dow = date.getDayOfWeek();
        boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
        return new DayInfo(date, weekend ? Kind.WEEKEND : Kind.WORKDAY, null, known);
    }

    public boolean isWorkingDay(LocalDate date) {
        return classify(date).isWorkingDay();
    }

    /**
     * The N-th working day strictly after {@code from}, with an explanation of every day passed. The
     * explanation is written when first read: most callers (a deadline recomputed for a list, a
     * reminder, the dashboard) need only the day.
     *
     * @param workingDays at least 1
     */
    public DueDate addWorkingDays(LocalDate from, int workingDays) {
        Objects.requireNonNull(from, "from");
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1, was " + workingDays);
        }
        SortedSet<Integer> missingYears = new TreeSet<>();
        LocalDate due = count(from, workingDays, missingYears, null);
        return new DueDate(from, workingDays, due, missingYears.isEmpty(), Collections.unmodifiableSortedSet(missingYears),
                new LinesWhenRead(() -> {
                    List<String> lines = new ArrayList<>();
                    count(from, workingDays, new TreeSet<>(), lines);
                    return lines;
                }));
    }

    /** Counts the working days; writes what every day passed was into {@code lines} if given. */
    private LocalDate count(LocalDate from, int workingDays, SortedSet<Integer> missingYears, List<String> lines) {
        if (lines != null) {
            lines.add("起算日 " + describe(from) + "，当日不计入");
        }
        if (!years.containsKey(from.getYear())) {
            missingYears.add(from.getYear());
            if (lines != null) {
                lines.add("注意：" + from.getYear() + " 年节假日安排尚未载入，该年按周一至周五为工作日计算，结果可能不准确");
            }
        }
        int counted = 0;
        LocalDate day = from;
        Segment segment = null;
        while (counted < workingDays) {
            day = day.plusDays(1);
            DayInfo info = classify(day);
            if (!info.yearKnown() && missingYears.add(day.getYear()) && lines != null) {
                flush(segment, lines);
                segment = null;
                lines.add("注意：" + day.getYear() + " 年节假日安排尚未载入，该年按周一至周五为工作日计算，结果可能不准确");
            }
            if (info.isWorkingDay()) {
                counted++;
            }
            if (lines == null) {
                continue;
            }
            if (segment != null && segment.continues(info)) {
                segment.extend(info, counted);
            } else {
                flush(segment, lines);
                segment = new Segment(info, counted);
            }
        }
        if (lines != null) {
            flush(segment, lines);
            lines.add("期限届满日：" + describe(day) + "，即第 " + workingDays + " 个工作日");
        }
        return day;
    }

    /** Lines written the first time they are read. */
    private static final class LinesWhenRead extends AbstractList<String> {

        private Supplier<List<String>> writer;
        private List<String> lines;

        LinesWhenRead(Supplier<List<String>> writer) {
            this.writer = writer;
        }

        private synchronized List<String> lines() {
            if (lines == null) {
                lines = List.copyOf(writer.get());
                writer = null;
            }
            return lines;
        }

        @Override
        public String get(int index) {
            return lines().get(index);
        }

        @Override
        public int size() {
            return lines().size();
        }
    }

    /**
     * The working day from which {@code workingDays} working days remain until {@code due}: the day
     * D, a working day, with addWorkingDays(D, workingDays) = due (for a due day that is a working day).
     */
    public LocalDate minusWorkingDays(LocalDate due, int workingDays) {
        LocalDate day = due;
        int counted = 0;
        while (counted < workingDays) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The first working day strictly after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /**
     * Number of working days in the closed interval [first, last]; 0 when last is before first.
     */
    public int countWorkingDays(LocalDate first, LocalDate last) {
        int count = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    static String describe(LocalDate date) {
        return date + "（" + date.getDayOfWeek().getDisplayName(TextStyle.FULL, CHINESE) + "）";
    }

    private static void flush(Segment segment, List<String> lines) {
        if (segment != null) {
            lines.add(segment.text());
        }
    }

    /** Consecutive days of the same kind and name, shown as one line. */
    private static final class Segment {
        private final DayInfo first;
        private DayInfo last;
        private final int firstCount;
        private int lastCount;

        Segment(DayInfo info, int counted) {
            this.first = info;
            this.last = info;
            this.firstCount = counted;
            this.lastCount = counted;
        }

        boolean continues(DayInfo next) {
            return next.kind() == first.kind() && Objects.equals(next.name(), first.name())
                    && next.yearKnown() == first.yearKnown();
        }

        void extend(DayInfo info, int counted) {
            last = info;
            lastCount = counted;
        }

        String text() {
            String span = first.date().equals(last.date())
                    ? describe(first.date())
                    : describe(first.date()) + " 至 " + describe(last.date());
            String ordinal = firstCount == lastCount
                    ? "第 " + firstCount + " 个"
                    : "第 " + firstCount + "–" + lastCount + " 个";
            return switch (first.kind()) {
                case WORKDAY -> span + " 工作日，计" + ordinal + "工作日";
                case MAKE_UP_WORKDAY -> span + " " + first.name() + "，计" + ordinal + "工作日";
                case WEEKEND -> span + " 周末休息，不计";
                case HOLIDAY -> span + " " + first.name() + "放假，不计";
            };
        }
    }
}
