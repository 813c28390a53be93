package cn.gongkai.request;

import cn.gongkai.fee.FeeMethod;

/**
 * What a handler decided on the draft task (检索并拟办): one choice, one draft type each, with only
 * the fields that choice needs.
 */
public sealed interface ReplyDraft {

    /** The drafter's one choice, variable {@code draftAction}; each leads to its own path. */
    enum Action {
        REPLY("拟定答复"),
        CONSULT("征求第三方或共同制作机关意见"),
        EXTEND("申请延长答复期限"),
        FEE("收取信息处理费");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    Action action();

    /**
     * A reply with its outcome (拟定答复); {@code alreadyPublic}, the index number of the catalogue
     * item the applicant is pointed to when the information is already public (Art. 36(1)), or null.
     */
    record Reply(Outcome outcome, String legalBasis, String reasons, DeliveryForm provisionForm,
            DeliveryMethod provisionMethod, String referralAgency, String alreadyPublic) implements ReplyDraft {

        public Reply {
            if (outcome == null) {
                throw new IllegalArgumentException("a reply needs an outcome");
            }
        }

        public Reply(Outcome outcome, String legalBasis, String reasons, DeliveryForm provisionForm,
                DeliveryMethod provisionMethod, String referralAgency) {
            this(outcome, legalBasis, reasons, provisionForm, provisionMethod, referralAgency, null);
        }

        @Override
        public Action action() {
            return Action.REPLY;
        }
    }

    /** Ask a third party or a co-producing agency first (征求意见, Art. 32 and 34). */
    record Consultation(OpinionParty kind, String party, String address, String matters) implements ReplyDraft {

        @Override
        public Action action() {
            return Action.CONSULT;
        }
    }

    /** Ask the office's head for more time (Art. 33 or 35). */
    record Extension(ExtensionBasis basis, Integer workingDays, String reason) implements ReplyDraft {

        @Override
        public Action action() {
            return Action.EXTEND;
        }
    }

    /** Charge an information-processing fee (Art. 42, 国办函〔2020〕109号). */
    record Fee(FeeMethod method, Integer items, Integer pages) implements ReplyDraft {

        @Override
        public Action action() {
            return Action.FEE;
        }
    }
}
