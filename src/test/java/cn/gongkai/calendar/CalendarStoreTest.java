package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Operators add or correct a year by dropping a file into the calendar directory, without a rebuild. */
class CalendarStoreTest {

    @TempDir
    Path dir;

    final List<Object> events = new ArrayList<>();

    CalendarStore store() {
        return new CalendarStore(new CalendarProperties(dir.toString(), Duration.ofMinutes(1), 3), events::add);
    }

    @Test
    void anOperatorAddsAYearAndTheChangeIsAnnounced() throws IOException {
        CalendarStore store = store();
        assertThat(store.calendar().hasYear(2027)).isFalse();

        Files.writeString(dir.resolve("2027.yaml"), """
                year: 2027
                source: 测试用 2027 年安排
                holidays:
                  - { name: 元旦, from: 2027-01-01, to: 2027-01-03 }
                workdays:
                  - { date: 2027-01-09, name: 元旦调休上班 }
                """);
        store.rescan();

        assertThat(store.calendar().hasYear(2027)).isTrue();
        assertThat(store.calendar().isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(store.calendar().isWorkingDay(LocalDate.of(2027, 1, 9))).isTrue();
        assertThat(events).singleElement().isInstanceOfSatisfying(CalendarChangedEvent.class, e -> {
            assertThat(e.yearsBefore()).doesNotContain(2027);
            assertThat(e.yearsAfter()).contains(2027);
        });
        // Thu Dec 31 (1), Jan 1-3 off, Mon Jan 4 (2), Tue Jan 5 (3): complete now
        DueDate due = store.calendar().addWorkingDays(LocalDate.of(2026, 12, 30), 3);
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(due.calendarComplete()).isTrue();
    }

    @Test
    void anOperatorFileOverridesTheShippedYear() throws IOException {
        Files.writeString(dir.resolve("2026.yaml"), """
                year: 2026
                holidays:
                  - { name: 测试假日, from: 2026-03-02, to: 2026-03-02 }
                """);
        CalendarStore store = store();
        assertThat(store.calendar().isWorkingDay(LocalDate.of(2026, 3, 2))).isFalse();
        // the shipped Spring Festival of 2026 is replaced, not merged
        assertThat(store.calendar().isWorkingDay(LocalDate.of(2026, 2, 16))).isTrue();
    }

    @Test
    void aBrokenFileIsIgnoredAndTheRestStillLoads() throws IOException {
        Files.writeString(dir.resolve("2027.yaml"), """
                year: 2027
                workdays:
                  - { date: 2027-01-06, name: 周三不可能是调休日 }
                """);
        CalendarStore store = store();
        assertThat(store.calendar().hasYear(2027)).isFalse();
        assertThat(store.calendar().years()).containsExactly(2024, 2025, 2026);
    }

    @Test
    void onlyYearFilesAreRead() throws IOException {
        Files.writeString(dir.resolve("notes.yaml"), "year: 2028\n");
        Files.writeString(dir.resolve("2028.yaml.bak"), "year: 2028\n");
        Files.writeString(dir.resolve("2029.yml"), "year: 2029\n");
        CalendarStore store = store();
        assertThat(store.calendar().years()).containsExactly(2024, 2025, 2026, 2029);
    }

    @Test
    void nothingHappensWhenTheDirectoryIsUnchanged() throws IOException {
        Path file = Files.writeString(dir.resolve("2027.yaml"), "year: 2027\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-01T00:00:00Z")));
        CalendarStore store = store();
        store.rescan();
        assertThat(events).isEmpty();
    }
}
