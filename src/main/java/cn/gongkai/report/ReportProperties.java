package cn.gongkai.report;

import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publishBy the day of the next year by which the report must be published: 31 January for
 *        a department of a people's government at or above county level (Regulations Art. 49); a
 *        people's government's own report is due on 31 March
 */
@ConfigurationProperties("gongkai.reports")
public record ReportProperties(@DefaultValue("--01-31") MonthDay publishBy) {
}
