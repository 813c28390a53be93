package cn.gongkai.request;

import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.clock.ClockLedger;
import cn.gongkai.fee.FeeMethod;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.Inputs;
import cn.gongkai.system.Problems;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Checks the handler's draft (the engine does not validate Camunda Form input): the one choice
 * ({@link #action}), then what that choice needs — for a reply the outcome, its legal basis and
 * reasons.
 */
@Service
public class ReplyDrafts {

    private final RequestRepository requests;
    private final ClockLedger ledger;
    private final RequestSync sync;
    private final WorkingDays workingDays;
    private final AgencyTime clock;

    ReplyDrafts(RequestRepository requests, ClockLedger ledger, RequestSync sync, WorkingDays workingDays,
            AgencyTime clock) {
        this.requests = requests;
        this.ledger = ledger;
        this.sync = sync;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /**
     * @param fixedOutcome an outcome the process already decided (supplement overdue, still unclear,
     *        fee unpaid), or null
     */
    public ReplyDraft check(long requestId, Map<String, Object> v, String fixedOutcome) {
        ReplyDraft.Action action = action(v);
        Outcome fixed = fixedOutcome == null ? null : Outcome.valueOf(fixedOutcome);
        if (fixed != null && action != ReplyDraft.Action.REPLY) {
            Problems.reject(DisclosureRequestProcess.DRAFT_ACTION.name(),
                    "本申请的处理结果已确定为「" + fixed.label() + "」，只能拟定答复");
        }
        return switch (action) {
            case CONSULT -> consultation(v);
            case EXTEND -> extension(requestId, v);
            case FEE -> fee(v);
            case REPLY -> reply(requestId, v, fixed);
        };
    }

    /**
     * The one choice: {@code draftAction} as the form sends it, or the product's routing flags
     * {@code thirdPartyConsultation}, {@code extensionRequested} and {@code feeRequired} as an
     * integrator may (at most one; if both are given they must agree); neither means a reply.
     */
    static ReplyDraft.Action action(Map<String, Object> v) {
        Problems problems = new Problems();
        ReplyDraft.Action chosen = Inputs.choice(v.get(DisclosureRequestProcess.DRAFT_ACTION.name()),
                DisclosureRequestProcess.DRAFT_ACTION.name(), "拟办意见", ReplyDraft.Action.class, false, problems);
        boolean consult = flag(v, DisclosureRequestProcess.THIRD_PARTY_CONSULTATION.name(), "征求第三方或其他机关意见", problems);
        boolean extend = flag(v, DisclosureRequestProcess.EXTENSION_REQUESTED.name(), "申请延长答复期限", problems);
        boolean fee = flag(v, DisclosureRequestProcess.FEE_REQUIRED.name(), "收取信息处理费", problems);
        problems.throwIfAny();
        if ((consult ? 1 : 0) + (extend ? 1 : 0) + (fee ? 1 : 0) > 1) {
            Problems.reject(DisclosureRequestProcess.THIRD_PARTY_CONSULTATION.name(),
                    "一次只能选择一项：征求意见、申请延期或收取信息处理费");
        }
        ReplyDraft.Action flagged = consult ? ReplyDraft.Action.CONSULT
                : extend ? ReplyDraft.Action.EXTEND : fee ? ReplyDraft.Action.FEE : null;
        if (chosen != null && flagged != null && chosen != flagged) {
            Problems.reject(DisclosureRequestProcess.DRAFT_ACTION.name(),
                    "「拟办意见」为「" + chosen.label() + "」，与所选的「" + flagged.label() + "」不一致");
        }
        return chosen != null ? chosen : flagged != null ? flagged : ReplyDraft.Action.REPLY;
    }

    private static boolean flag(Map<String, Object> v, String field, String label, Problems problems) {
        return Boolean.TRUE.equals(Inputs.bool(v.get(field), field, label, false, problems));
    }

    private ReplyDraft.Consultation consultation(Map<String, Object> v) {
        Problems problems = new Problems();
        OpinionParty kind = Inputs.choice(v.get("consultationKind"), "consultationKind", "征求意见对象类型",
                OpinionParty.class, true, problems);
        String party = Inputs.text(v.get("consultationParty"), "consultationParty", "被征求意见的第三方或机关", 200, true, problems);
        String address = Inputs.text(v.get("consultationAddress"), "consultationAddress", "其地址和联系方式", 300, false, problems);
        String matters = Inputs.text(v.get("consultationMatters"), "consultationMatters", "征求意见的事项", 2000, true, problems);
        problems.throwIfAny();
        return new ReplyDraft.Consultation(kind, party, address, matters);
    }

    private ReplyDraft.Extension extension(long requestId, Map<String, Object> v) {
        Problems problems = new Problems();
        // the legal bounds (Art. 33: 1-20, once; Art. 35: a reasonable period, once; both before the
        // deadline) are the clock's to check, below
        ExtensionBasis basis = Inputs.choice(v.get("extensionBasis"), "extensionBasis", "延期依据", ExtensionBasis.class, false,
                problems);
        Integer days = Inputs.integer(v.get("extensionWorkingDays"), "extensionWorkingDays", "延长的工作日数", 0, 1000,
                null, problems);
        String reason = Inputs.text(v.get("extensionReason"), "extensionReason", "延期理由", 500, true, problems);
        problems.throwIfAny();
        List<String> illegal = basis == ExtensionBasis.ART_35
                ? sync.replyClock().delayProblems(ledger.events(requestId), workingDays.calendar(), clock.today(), days)
                : sync.replyClock().extensionProblems(ledger.events(requestId), workingDays.calendar(), clock.today(), days);
        if (!illegal.isEmpty()) {
            Problems p = new Problems();
            illegal.forEach(message -> p.add("extensionWorkingDays", message));
            p.throwIfAny();
        }
        return new ReplyDraft.Extension(basis, days, reason);
    }

    private ReplyDraft.Fee fee(Map<String, Object> v) {
        Problems problems = new Problems();
        FeeMethod method = Inputs.choice(v.get("feeMethod"), "feeMethod", "计收方式", FeeMethod.class, true, problems);
        Integer items = null;
        Integer pages = null;
        if (method == FeeMethod.PER_ITEM) {
            items = Inputs.integer(v.get("feeItems"), "feeItems", "本申请所含件数", 1, 1000, 1, problems);
        } else if (method == FeeMethod.PER_VOLUME) {
            pages = Inputs.integer(v.get("feePages"), "feePages", "本申请页数", 1, 1_000_000, null, problems);
        }
        problems.throwIfAny();
        return new ReplyDraft.Fee(method, items, pages);
    }

    private ReplyDraft.Reply reply(long requestId, Map<String, Object> v, Outcome fixed) {
        Problems problems = new Problems();
        Outcome outcome = Inputs.choice(v.get("outcome"), "outcome", "处理结果", Outcome.class, fixed == null, problems);
        if (outcome == null && fixed != null) {
            outcome = fixed;
        }
        if (outcome != null && fixed != null && outcome != fixed) {
            problems.add("outcome", "本申请的处理结果已确定为「" + fixed.label() + "」，不能改为「" + outcome.label() + "」");
        } else if (outcome != null && fixed == null && outcome.setByProcess()) {
            problems.add("outcome", "「" + outcome.label() + "」在补正或缴费期限届满时由系统自动确定，不能直接选择");
        }
        String basis = Inputs.text(v.get("legalBasis"), "legalBasis", "法律依据", 1000, false, problems);
        String reasons = Inputs.text(v.get("reasons"), "reasons", "理由或说明", 4000, false, problems);
        String referral = Inputs.text(v.get("referralAgency"), "referralAgency", "负责公开该信息的机关及联系方式", 300, false, problems);
        DeliveryForm form = Inputs.choice(v.get("provisionForm"), "provisionForm", "提供信息的载体形式", DeliveryForm.class,
                false, problems);
        DeliveryMethod method = Inputs.choice(v.get("provisionMethod"), "provisionMethod", "提供信息的方式",
                DeliveryMethod.class, false, problems);
        problems.throwIfAny();
        if (basis == null) {
            basis = outcome.defaultLegalBasis();
        }
        if (basis.isBlank()) {
            problems.add("legalBasis", "「法律依据」必须填写");
        }
        boolean reasonsRequired = !outcome.releasesInformation() && fixed == null || outcome == Outcome.PARTIALLY_DISCLOSED;
        if (reasonsRequired && reasons == null) {
            problems.add("reasons", "「理由或说明」必须填写：不予公开、无法提供或不予处理的，应当说明理由（条例第三十六条）");
        }
        if (outcome.releasesInformation()) {
            DisclosureRequest r = requests.get(requestId);
            form = form != null ? form : r.deliveryForm();
            method = method != null ? method : r.deliveryMethod();
            if (form == null) {
                problems.add("provisionForm", "「提供信息的载体形式」必须选择（申请人未指定）");
            }
            if (method == null) {
                problems.add("provisionMethod", "「提供信息的方式」必须选择（申请人未指定）");
            }
        }
        problems.throwIfAny();
        return new ReplyDraft.Reply(outcome, basis, reasons, form, method, referral);
    }
}
