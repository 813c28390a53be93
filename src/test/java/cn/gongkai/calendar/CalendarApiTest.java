package cn.gongkai.calendar;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@GongkaiTest
class CalendarApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void answersTheDueDateWithItsExplanation() throws Exception {
        // Mon 2026-09-28 + 5: Sep 29, 30 (2), Oct 1-7 National Day, Oct 8, 9 (4), Sat Oct 10 make-up (5)
        mvc.perform(get("/api/calendar/due-date").param("from", "2026-09-28").param("workingDays", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-09-28"))
                .andExpect(jsonPath("$.workingDays").value(5))
                .andExpect(jsonPath("$.dueOn").value("2026-10-10"))
                .andExpect(jsonPath("$.calendarComplete").value(true))
                .andExpect(jsonPath("$.explanation").value(hasItem("2026-10-01（星期四） 至 2026-10-07（星期三） 国庆节放假，不计")))
                .andExpect(jsonPath("$.explanation").value(hasItem("2026-10-10（星期六） 国庆节调休上班，计第 5 个工作日")));
    }

    @Test
    void saysWhenTheCalendarOfAYearIsMissing() throws Exception {
        mvc.perform(get("/api/calendar/due-date").param("from", "2026-12-20").param("workingDays", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.calendarComplete").value(false))
                .andExpect(jsonPath("$.missingYears[0]").value(2027));
    }

    @Test
    void saysSoWhenTheStartYearItselfHasNoCalendar() throws Exception {
        mvc.perform(get("/api/calendar/due-date").param("from", "2027-03-01").param("workingDays", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.calendarComplete").value(false))
                .andExpect(jsonPath("$.missingYears[0]").value(2027))
                .andExpect(jsonPath("$.explanation").value(hasItem("注意：2027 年节假日安排尚未载入，该年按周一至周五为工作日计算，结果可能不准确")));
    }

    @Test
    void countsOnlyFromDatesInABoundedRange() throws Exception {
        for (String from : new String[] {"9999-12-31", "1999-12-31", "2100-01-01", "+100000-01-01"}) {
            mvc.perform(get("/api/calendar/due-date").param("from", from).param("workingDays", "1"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("from"));
        }
        mvc.perform(get("/api/calendar/due-date").param("from", "2099-12-31").param("workingDays", "1"))
                .andExpect(status().isOk());
    }

    @Test
    void namesEveryBadParameter() throws Exception {
        mvc.perform(get("/api/calendar/due-date"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("from", "workingDays")));
        mvc.perform(get("/api/calendar/due-date").param("from", "2026/01/05").param("workingDays", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'from')].message")
                        .value(hasItem("「起算日」格式应为 yyyy-MM-dd，收到「2026/01/05」")))
                .andExpect(jsonPath("$.errors[?(@.field == 'workingDays')].message").value(hasItem("「工作日数」应为 1 到 366 之间的整数")));
    }
}
