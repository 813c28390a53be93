package cn.gongkai.proactive;

import static cn.gongkai.proactive.ProactiveDisclosure.BODY_TEXT;
import static cn.gongkai.proactive.ProactiveDisclosure.SUMMARY;
import static cn.gongkai.proactive.ProactiveDisclosure.TITLE;
import static cn.gongkai.review.ReviewVariables.SCREENING_FINDINGS;
import static cn.gongkai.review.ReviewVariables.SCREENING_REPORT;

import cn.gongkai.screening.ConfidentialityScreener;
import cn.gongkai.screening.ScreeningResult;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "保密预审": screens the title, summary and body and leaves the report for the human reviewer. */
@Component("screenContentDelegate")
class ScreenContentDelegate implements JavaDelegate {

    private final ConfidentialityScreener screener;

    ScreenContentDelegate(ConfidentialityScreener screener) {
        this.screener = screener;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("标题", TITLE.get(execution));
        fields.put("内容概述", SUMMARY.get(execution));
        fields.put("正文", BODY_TEXT.get(execution));
        ScreeningResult result = screener.screen(fields);
        SCREENING_REPORT.set(execution, result.report());
        SCREENING_FINDINGS.set(execution, result.findings().size());
    }
}
