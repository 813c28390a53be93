package cn.gongkai.proactive;

import cn.gongkai.process.ProcessVariable;

/** The {@code item-withdrawal} process (撤回已发布信息): key, element ids and variables, declared once. */
public final class ItemWithdrawalProcess {

    public static final String KEY = "item-withdrawal";
    public static final String START_FORM = "item-withdrawal-start";

    public static final String START_WITHDRAWAL_REQUESTED = "start_withdrawal_requested";
    public static final String USER_APPROVE_WITHDRAWAL = "user_approve_withdrawal";
    public static final String END_ITEM_WITHDRAWN = "end_item_withdrawn";
    public static final String END_WITHDRAWAL_REFUSED = "end_withdrawal_refused";

    public static final ProcessVariable<String> INDEX_NUMBER = ProcessVariable.string("indexNumber");
    public static final ProcessVariable<String> WITHDRAWAL_REASON = ProcessVariable.string("withdrawalReason");
    public static final ProcessVariable<String> REQUESTER = ProcessVariable.string("withdrawalRequester");
    public static final ProcessVariable<String> TITLE = ProcessVariable.string("title");
    public static final ProcessVariable<String> DIVISION_NAME = ProcessVariable.string("divisionName");
    public static final ProcessVariable<String> ITEM_URL = ProcessVariable.string("itemUrl");

    private ItemWithdrawalProcess() {
    }
}
