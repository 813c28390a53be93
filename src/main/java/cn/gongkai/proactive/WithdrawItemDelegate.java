package cn.gongkai.proactive;

import static cn.gongkai.proactive.ItemWithdrawalProcess.INDEX_NUMBER;
import static cn.gongkai.proactive.ItemWithdrawalProcess.WITHDRAWAL_REASON;

import cn.gongkai.catalogue.ItemWithdrawals;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "撤回信息": the leadership approved; the item leaves the catalogue's lists, its page says why. */
@Component("withdrawItemDelegate")
class WithdrawItemDelegate implements JavaDelegate {

    private final ItemWithdrawals withdrawals;

    WithdrawItemDelegate(ItemWithdrawals withdrawals) {
        this.withdrawals = withdrawals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        withdrawals.withdraw(INDEX_NUMBER.get(execution), WITHDRAWAL_REASON.get(execution));
    }
}
