package cn.gongkai.report;

import cn.gongkai.request.ApplicantType;
import cn.gongkai.request.Outcome;
import java.util.EnumMap;
import java.util.Map;

/**
 * The annual report on government-information disclosure (政府信息公开工作年度报告) of one year,
 * counted from the records: section 二 (what was published), section 三 (applications) and the
 * seed-style summary figures.
 *
 * @param anomalies applications whose records contradict section 三 (staff see which)
 */
public record AnnualReport(int year, String agency, ProactiveSummary proactive, ApplicationTable applications,
        int anomalies) {

    /** Outcome code → applications with that result this year. */
    public Map<Outcome, Long> outcomes() {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, applications.row(o.name()).total());
        }
        return counts;
    }

    /** Applicant type → applications received this year. */
    public Map<ApplicantType, Long> byApplicantType() {
        return applications.row(ApplicationTable.NEW).counts();
    }
}
