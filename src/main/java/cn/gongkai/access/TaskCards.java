package cn.gongkai.access;

import cn.gongkai.correction.CorrectionProcess;
import cn.gongkai.consultation.ConsultationProcess;
import cn.gongkai.legal.LegalCaseProcess;
import cn.gongkai.proactive.ProactiveDisclosure;
import cn.gongkai.process.ProcessVariable;
import cn.gongkai.report.AnnualReportProcess;
import cn.gongkai.request.DisclosureRequestProcess;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a task's entry in the Tasklist list shows besides its name and due date: the matter (item
 * title, the information applied for, the consultation's subject…), its code (tracking code or
 * index number) and the division handling it. Written on every new task as the task's own
 * variables, because Tasklist's list may show a task's variables to anyone who may see the task,
 * but the process's variables only to those who may read the whole process instance.
 */
@Component
public class TaskCards {

    public static final ProcessVariable<String> SUBJECT = ProcessVariable.string("cardSubject");
    public static final ProcessVariable<String> CODE = ProcessVariable.string("cardCode");
    public static final ProcessVariable<String> DIVISION = ProcessVariable.string("cardDivision");

    static final int SUBJECT_LENGTH = 40;

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void onCreate(DelegateTask task) {
        if (task.getExecution() == null) {
            return; // a stand-alone task has no matter
        }
        set(task, SUBJECT, shortened(subject(task)));
        set(task, CODE, first(DisclosureRequestProcess.TRACKING_CODE.get(task), ProactiveDisclosure.INDEX_NUMBER.get(task),
                task.getExecution().getProcessBusinessKey()));
        set(task, DIVISION, first(ProactiveDisclosure.DIVISION_NAME.get(task), DisclosureRequestProcess.HANDLER_NAME.get(task)));
    }

    private static String subject(DelegateTask task) {
        Integer year = AnnualReportProcess.REPORT_YEAR.get(task);
        String caseSummary = LegalCaseProcess.CASE_SUMMARY.get(task);
        return first(ProactiveDisclosure.TITLE.get(task),
                ConsultationProcess.SUBJECT.get(task),
                DisclosureRequestProcess.DESCRIPTION.get(task),
                correction(task),
                year == null ? null : year + " 年度政府信息公开工作年度报告",
                caseSummary == null ? null : caseSummary.lines().findFirst().orElse("").replace("**", ""));
    }

    private static String correction(DelegateTask task) {
        String record = CorrectionProcess.RECORD.get(task);
        return record == null ? null : "更正：" + record;
    }

    static String shortened(String text) {
        if (text == null) {
            return null;
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.codePointCount(0, oneLine.length()) <= SUBJECT_LENGTH ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, SUBJECT_LENGTH - 1)) + "…";
    }

    private static String first(String... values) {
        return Stream.of(values).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }

    private static void set(DelegateTask task, ProcessVariable<String> variable, String value) {
        if (value != null) {
            variable.setLocal(task, value);
        }
    }
}
