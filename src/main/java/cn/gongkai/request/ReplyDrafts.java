package cn.gongkai.request;

import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.catalogue.CatalogueItem;
import cn.gongkai.clock.ClockLedger;
import cn.gongkai.fee.FeeMethod;
import cn.gongkai.search.AlreadyPublic;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.Fields;
import cn.gongkai.system.Problems;
import java.util.List;
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
    private final AlreadyPublic alreadyPublic;

    ReplyDrafts(RequestRepository requests, ClockLedger ledger, RequestSync sync, WorkingDays workingDays,
            AgencyTime clock, AlreadyPublic alreadyPublic) {
        this.alreadyPublic = alreadyPublic;
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
    public ReplyDraft check(long requestId, Fields form, String fixedOutcome) {
        ReplyDraft.Action action = action(form);
        Outcome fixed = fixedOutcome == null ? null : Outcome.valueOf(fixedOutcome);
        if (fixed != null && action != ReplyDraft.Action.REPLY) {
            Problems.reject(DisclosureRequestProcess.DRAFT_ACTION.name(),
                    "本申请的处理结果已确定为「" + fixed.label() + "」，只能拟定答复");
        }
        return switch (action) {
            case CONSULT -> consultation(form);
            case EXTEND -> extension(requestId, form);
            case FEE -> fee(form);
            case REPLY -> reply(requestId, form, fixed);
        };
    }

    /**
     * The one choice: {@code draftAction} as the form sends it, or the product's routing flags
     * {@code thirdPartyConsultation}, {@code extensionRequested} and {@code feeRequired} as an
     * integrator may (at most one; if both are given they must agree); neither means a reply.
     */
    static ReplyDraft.Action action(Fields form) {
        ReplyDraft.Action chosen = form.choice(DisclosureRequestProcess.DRAFT_ACTION.name(), ReplyDraft.Action.class, false);
        boolean consult = flag(form, DisclosureRequestProcess.THIRD_PARTY_CONSULTATION.name(), "征求第三方或其他机关意见");
        boolean extend = flag(form, DisclosureRequestProcess.EXTENSION_REQUESTED.name(), "申请延长答复期限");
        boolean fee = flag(form, DisclosureRequestProcess.FEE_REQUIRED.name(), "收取信息处理费");
        form.validate();
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

    /** A routing flag an integrator may send; the form itself offers the one choice instead. */
    private static boolean flag(Fields form, String field, String label) {
        return Boolean.TRUE.equals(form.bool(field, label, false));
    }

    private ReplyDraft.Consultation consultation(Fields form) {
        OpinionParty kind = form.choice("consultationKind", OpinionParty.class, true);
        String party = form.text("consultationParty", true);
        String address = form.text("consultationAddress", false);
        String matters = form.text("consultationMatters", true);
        form.validate();
        return new ReplyDraft.Consultation(kind, party, address, matters);
    }

    private ReplyDraft.Extension extension(long requestId, Fields form) {
        // the legal bounds (Art. 33: 1-20, once; Art. 35: a reasonable period, once; both before the
        // deadline) are the clock's to check, below
        ExtensionBasis basis = form.choice("extensionBasis", ExtensionBasis.class, false);
        Integer days = form.integer("extensionWorkingDays", form.label("extensionWorkingDays"), 0, 1000, null);
        String reason = form.text("extensionReason", true);
        form.validate();
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

    private ReplyDraft.Fee fee(Fields form) {
        FeeMethod method = form.choice("feeMethod", FeeMethod.class, true);
        Integer items = null;
        Integer pages = null;
        if (method == FeeMethod.PER_ITEM) {
            items = form.integer("feeItems", form.label("feeItems"), 1, 1000, 1);
        } else if (method == FeeMethod.PER_VOLUME) {
            pages = form.integer("feePages", form.label("feePages"), 1, 1_000_000, null);
        }
        form.validate();
        return new ReplyDraft.Fee(method, items, pages);
    }

    private ReplyDraft.Reply reply(long requestId, Fields form, Outcome fixed) {
        String alreadyPublic = form.text(DisclosureRequestProcess.ALREADY_PUBLIC_ITEM.name(), false);
        if (alreadyPublic != null && fixed == null) {
            return alreadyPublic(form, alreadyPublic);
        }
        Outcome outcome = form.choice("outcome", Outcome.class, fixed == null);
        if (outcome == null && fixed != null) {
            outcome = fixed;
        }
        if (outcome != null && fixed != null && outcome != fixed) {
            form.problem("outcome", "本申请的处理结果已确定为「" + fixed.label() + "」，不能改为「" + outcome.label() + "」");
        } else if (outcome != null && fixed == null && outcome.setByProcess()) {
            form.problem("outcome", "「" + outcome.label() + "」在补正或缴费期限届满时由系统自动确定，不能直接选择");
        }
        String basis = form.text("legalBasis", false);
        String reasons = form.text("reasons", false);
        String referral = form.text("referralAgency", false);
        DeliveryForm provisionForm = form.choice("provisionForm", DeliveryForm.class, false);
        DeliveryMethod method = form.choice("provisionMethod", DeliveryMethod.class, false);
        form.validate();
        if (basis == null) {
            basis = outcome.defaultLegalBasis();
        }
        if (basis.isBlank()) {
            form.problem("legalBasis", "「" + form.label("legalBasis") + "」必须填写");
        }
        boolean reasonsRequired = !outcome.releasesInformation() && fixed == null || outcome == Outcome.PARTIALLY_DISCLOSED;
        if (reasonsRequired && reasons == null) {
            form.problem("reasons", "「" + form.label("reasons") + "」必须填写：不予公开、无法提供或不予处理的，应当说明理由（条例第三十六条）");
        }
        if (outcome.releasesInformation()) {
            DisclosureRequest r = requests.get(requestId);
            provisionForm = provisionForm != null ? provisionForm : r.deliveryForm();
            method = method != null ? method : r.deliveryMethod();
            if (provisionForm == null) {
                form.problem("provisionForm", "「" + form.label("provisionForm") + "」必须选择（申请人未指定）");
            }
            if (method == null) {
                form.problem("provisionMethod", "「" + form.label("provisionMethod") + "」必须选择（申请人未指定）");
            }
        }
        form.validate();
        return new ReplyDraft.Reply(outcome, basis, reasons, provisionForm, method, referral);
    }

    /**
     * The information is already public (Art. 36(1)): the reply tells the applicant the item's name,
     * index number and address; it counts as 予以公开 in the annual report, as the national template does.
     */
    private ReplyDraft.Reply alreadyPublic(Fields form, String indexNumber) {
        String field = DisclosureRequestProcess.ALREADY_PUBLIC_ITEM.name();
        Outcome outcome = form.choice("outcome", Outcome.class, false);
        form.validate();
        if (outcome != null && outcome != Outcome.DISCLOSED) {
            Problems.reject(field, "以已主动公开答复的，处理结果为「" + Outcome.DISCLOSED.label() + "」，不能同时选择「"
                    + outcome.label() + "」");
        }
        CatalogueItem item = alreadyPublic.current(field, indexNumber);
        return new ReplyDraft.Reply(Outcome.DISCLOSED, AlreadyPublic.LEGAL_BASIS, alreadyPublic.explanation(item),
                DeliveryForm.ELECTRONIC, DeliveryMethod.ONLINE, null, item.indexNumber());
    }
}
