package cn.gongkai.request;

import cn.gongkai.fee.FeeMethod;

/**
 * What a handler decided on the draft task: consult someone, ask for an extension, charge a fee,
 * or reply with an outcome. Only the fields of the chosen action are set.
 */
public record ReplyDraft(
        Action action,
        Outcome outcome,
        String legalBasis,
        String reasons,
        DeliveryForm provisionForm,
        DeliveryMethod provisionMethod,
        String referralAgency,
        OpinionParty consultationKind,
        String consultationParty,
        String consultationAddress,
        String consultationMatters,
        Integer extensionWorkingDays,
        String extensionReason,
        FeeMethod feeMethod,
        Integer feeItems,
        Integer feePages) {

    public enum Action { CONSULT, EXTEND, FEE, REPLY }

    /** A checked reply as kept in the process variables. */
    public static ReplyDraft reply(Outcome outcome, String legalBasis, String reasons, DeliveryForm form,
            DeliveryMethod method, String referralAgency) {
        return new ReplyDraft(Action.REPLY, outcome, legalBasis, reasons, form, method, referralAgency, null, null,
                null, null, null, null, null, null, null);
    }
}
