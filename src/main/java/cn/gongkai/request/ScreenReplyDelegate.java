package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.LEGAL_BASIS;
import static cn.gongkai.request.DisclosureRequestProcess.OUTCOME_NAME;
import static cn.gongkai.request.DisclosureRequestProcess.REASONS;
import static cn.gongkai.request.DisclosureRequestProcess.REFERRAL_AGENCY;
import static cn.gongkai.review.ReviewVariables.SCREENING_FINDINGS;
import static cn.gongkai.review.ReviewVariables.SCREENING_REPORT;

import cn.gongkai.screening.ConfidentialityScreener;
import cn.gongkai.screening.ScreeningResult;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "答复保密预审": screens the reply's wording before the human confidentiality review. */
@Component("screenReplyDelegate")
class ScreenReplyDelegate implements JavaDelegate {

    private final ConfidentialityScreener screener;

    ScreenReplyDelegate(ConfidentialityScreener screener) {
        this.screener = screener;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("处理结果", OUTCOME_NAME.get(execution));
        fields.put("法律依据", LEGAL_BASIS.get(execution));
        fields.put("理由或说明", REASONS.get(execution));
        fields.put("转介机关", REFERRAL_AGENCY.get(execution));
        ScreeningResult result = screener.screen(fields);
        SCREENING_REPORT.set(execution, result.report());
        SCREENING_FINDINGS.set(execution, result.findings().size());
    }
}
