package cn.gongkai.request;

import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.clock.ClockEventType;
import cn.gongkai.clock.ClockLedger;
import cn.gongkai.clock.ClockRules;
import cn.gongkai.fee.FeeCalculator;
import cn.gongkai.fee.FeeMethod;
import cn.gongkai.fee.FeeQuote;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.Fields;
import cn.gongkai.system.Problems;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The information-processing fee (信息处理费, 国办函〔2020〕109号): quoted by item (counting the
 * applicant's items earlier in the month) or by volume, noticed, and paid within 20 working days
 * counted from the day after the notice was received — or the application counts as withdrawn.
 */
@Service
public class Fees {

    private final RequestRepository requests;
    private final ClockLedger ledger;
    private final Events events;
    private final RequestSync sync;
    private final RequestLetters documents;
    private final WorkingDays workingDays;
    private final ClockRules rules;
    private final AgencyTime clock;

    Fees(RequestRepository requests, ClockLedger ledger, Events events, RequestSync sync, RequestLetters documents,
            WorkingDays workingDays, ClockRules rules, AgencyTime clock) {
        this.requests = requests;
        this.ledger = ledger;
        this.events = events;
        this.sync = sync;
        this.documents = documents;
        this.workingDays = workingDays;
        this.rules = rules;
        this.clock = clock;
    }

    /** Quotes the fee and writes the 收费通知书; refuses a fee of nothing. */
    @Transactional
    public FeeQuote quote(long requestId, FeeMethod method, Integer items, Integer pages, String actor) {
        DisclosureRequest r = requests.get(requestId);
        FeeQuote quote;
        if (method == FeeMethod.PER_ITEM) {
            requests.setItems(requestId, items);
            int before = requests.itemsEarlierInMonth(requests.get(requestId), r.receivedOn());
            quote = FeeCalculator.perItem(before, items);
        } else {
            quote = FeeCalculator.perVolume(pages);
        }
        if (quote.amountYuan() == 0) {
            Problems.reject("feeRequired", "按国办函〔2020〕109号的标准本申请不收费：" + String.join("；", quote.explanation()));
        }
        documents.feeNotice(r, quote, actor);
        sync.sync(requestId);
        return quote;
    }

    /** What 等待缴费 (form {@code request-fee-payment}) hands on. */
    public record Payment(LocalDate paidOn, String receiptNumber) {

        public static Payment read(Fields form) {
            LocalDate on = form.date("feePaidOn");
            String receipt = form.text("feeReceiptNumber");
            form.validate();
            return new Payment(on, receipt);
        }
    }

    /** The applicant received the fee notice on {@code on}: payment is due 20 working days later. */
    @Transactional
    public LocalDate noticeDelivered(long requestId, LocalDate on, Integer amount, String actor) {
        Problems problems = new Problems();
        if (on.isAfter(clock.today())) {
            problems.add("feeNoticeDeliveredOn", "「申请人收到收费通知书日期」不能晚于今天（" + clock.today() + "）");
        } else {
            sync.replyClock().feeNoticeProblems(ledger.events(requestId), workingDays.calendar(), on)
                    .forEach(m -> problems.add("feeNoticeDeliveredOn", m));
        }
        problems.throwIfAny();
        DisclosureRequest r = requests.get(requestId);
        events.record(r, ClockEventType.FEE_NOTICE_SENT, on, actor, "收费通知书送达，应缴 " + amount + " 元", null, null);
        requests.setStatus(requestId, RequestStatus.AWAITING_FEE);
        requests.setFee(requestId, amount);
        sync.sync(requestId);
        return workingDays.dueDate(on, rules.feePaymentWorkingDays()).dueOn();
    }

    @Transactional
    public void paid(long requestId, Payment payment, String actor) {
        Problems problems = new Problems();
        LocalDate on = payment.paidOn();
        String receipt = payment.receiptNumber();
        LocalDate noticedOn = ledger.events(requestId).stream().filter(e -> e.type() == ClockEventType.FEE_NOTICE_SENT)
                .map(e -> e.occurredOn()).reduce((a, b) -> b).orElse(null);
        if (on.isAfter(clock.today())) {
            problems.add("feePaidOn", "「缴费日期」不能晚于今天（" + clock.today() + "）");
        } else if (noticedOn != null && on.isBefore(noticedOn)) {
            problems.add("feePaidOn", "「缴费日期」不能早于申请人收到收费通知书之日（" + noticedOn + "）");
        }
        problems.throwIfAny();
        DisclosureRequest r = requests.get(requestId);
        events.record(r, ClockEventType.FEE_PAID, on, actor, "已缴纳信息处理费", receipt, null);
        requests.setFeePaid(requestId, on);
        requests.setStatus(requestId, RequestStatus.IN_PROGRESS);
        sync.sync(requestId);
    }

    /** Not paid in time: the application counts as withdrawn. */
    @Transactional
    public void unpaid(long requestId) {
        requests.setStatus(requestId, RequestStatus.IN_PROGRESS);
        sync.sync(requestId);
    }
}
