package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.FEE_AMOUNT;
import static cn.gongkai.request.DisclosureRequestProcess.FEE_CALCULATION;
import static cn.gongkai.request.DisclosureRequestProcess.FEE_ITEMS;
import static cn.gongkai.request.DisclosureRequestProcess.FEE_METHOD;
import static cn.gongkai.request.DisclosureRequestProcess.FEE_PAGES;
import static cn.gongkai.request.DisclosureRequestProcess.LAST_ACTOR;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import cn.gongkai.fee.FeeMethod;
import cn.gongkai.fee.FeeQuote;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "计算信息处理费": quotes the fee by 109号 and writes the 收费通知书. */
@Component("calculateFeeDelegate")
class CalculateFeeDelegate implements JavaDelegate {

    private final Fees fees;

    CalculateFeeDelegate(Fees fees) {
        this.fees = fees;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FeeMethod method = FeeMethod.valueOf(FEE_METHOD.get(execution));
        Integer items = number(execution.getVariable(FEE_ITEMS.name()));
        Integer pages = number(execution.getVariable(FEE_PAGES.name()));
        FeeQuote quote = fees.quote(REQUEST_ID.get(execution), method, items == null ? 1 : items, pages,
                LAST_ACTOR.get(execution));
        FEE_AMOUNT.set(execution, (int) quote.amountYuan());
        FEE_CALCULATION.set(execution, String.join("\n", quote.explanation()));
    }

    private static Integer number(Object value) {
        return value instanceof Number n ? n.intValue() : value == null ? null : Integer.valueOf(value.toString().strip());
    }
}
