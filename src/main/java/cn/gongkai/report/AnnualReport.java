package cn.gongkai.report;

import cn.gongkai.consultation.ConsultationChannel;
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
 * @param cases section 四, from the reconsideration and litigation register
 * @param consultations consultations received in the year, per channel
 * @param feesCollectedYuan information-processing fees paid in the year, in yuan
 * @param entry the narrative and the figures staff entered for the year (draft or final), or null
 */
public record AnnualReport(int year, String agency, ProactiveSummary proactive, ApplicationTable applications,
        int anomalies, CaseTable cases, Map<ConsultationChannel, Long> consultations, long feesCollectedYuan,
        ReportEntry entry) {

    /** Section 六's counted fact on information-processing fees (109号), as the sample reports word it. */
    public String feesSentence() {
        return feesCollectedYuan == 0 ? "本年度未收取信息处理费。" : "本年度实际收取信息处理费共计 " + feesCollectedYuan + " 元。";
    }

    /** Consultations received in the year, all channels. */
    public long consultationsTotal() {
        return consultations.values().stream().mapToLong(Long::longValue).sum();
    }

    /** What staff wrote and entered, once the disclosure-office head made it final; else null. */
    public ReportEntry finalEntry() {
        return entry != null && entry.status() == ReportEntry.Status.FINAL ? entry : null;
    }

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
