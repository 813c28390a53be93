package cn.gongkai.report;

import cn.gongkai.request.ApplicantType;
import cn.gongkai.request.Outcome;
import java.time.LocalDate;

/** An application behind a cell of the report, for staff drilling down. */
public record ReportApplication(String trackingCode, ApplicantType applicantType, String applicantName,
        LocalDate receivedOn, LocalDate repliedOn, Outcome outcome, String status) {
}
