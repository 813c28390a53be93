package cn.gongkai.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.GongkaiTest;
import cn.gongkai.consultation.ConsultationService;
import cn.gongkai.correction.CorrectionRoute;
import cn.gongkai.correction.CorrectionService;
import cn.gongkai.request.ApplicationReview;
import cn.gongkai.request.Fees;
import cn.gongkai.request.OpinionRequests;
import cn.gongkai.request.OpinionResult;
import cn.gongkai.request.Replies;
import cn.gongkai.request.RequestIntake;
import cn.gongkai.request.ServiceMethod;
import cn.gongkai.system.FieldProblem;
import cn.gongkai.system.InvalidRequestException;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The typed form boundary: each task form's submission is read once, into its own type, against
 * the labels, limits and options written in the {@code .form} itself.
 */
@GongkaiTest
class TaskFormsTest {

    @Autowired
    TaskForms forms;

    @Test
    void eachTaskFormIsReadIntoItsOwnType() {
        assertThat(RequestIntake.Confirmation.read(forms.read("request-confirm", Map.of("confirmed", true))))
                .isEqualTo(new RequestIntake.Confirmation(true, null));
        assertThat(ApplicationReview.Review.read(forms.read("request-review",
                Map.of("complete", "false", "supplementItems", " 请写明文号 ", "supplementWorkingDays", 10L))))
                .isEqualTo(new ApplicationReview.Review(false, null, "请写明文号", 10));
        assertThat(ApplicationReview.Supplement.read(forms.read("request-supplement",
                Map.of("supplementReceivedOn", "2026-11-02T00:00:00.000Z", "supplementContent", "补充说明"))))
                .isEqualTo(new ApplicationReview.Supplement(LocalDate.of(2026, 11, 2), "补充说明"));
        assertThat(OpinionRequests.Letter.read(forms.read("request-send-consultation",
                Map.of("consultationSentOn", "2026-11-04", "consultationDeliveredOn", "2026-11-05"))))
                .isEqualTo(new OpinionRequests.Letter(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 5)));
        assertThat(OpinionRequests.Reply.read(forms.read("request-consultation-reply", Map.of("consultationResult",
                "OBJECTED", "consultationOpinion", "不同意公开", "consultationRepliedOn", "2026-11-12"))).result())
                .isEqualTo(OpinionResult.OBJECTED);
        assertThat(Fees.Payment.read(forms.read("request-fee-payment", Map.of("feePaidOn", "2026-11-20"))))
                .isEqualTo(new Fees.Payment(LocalDate.of(2026, 11, 20), null));
        assertThat(Replies.Service.read(forms.read("request-record-delivery",
                Map.of("serviceMethod", "POST", "servedOn", new Date(0), "serviceNote", "XA123456789CN"))).method())
                .isEqualTo(ServiceMethod.POST);
        assertThat(CorrectionService.Routing.read(forms.read("correction-route",
                Map.of("correctionRoute", "DIVISION", "division", "policy"))))
                .isEqualTo(new CorrectionService.Routing(CorrectionRoute.DIVISION, "policy", null));
        assertThat(CorrectionService.Verification.read(forms.read("correction-verify",
                Map.of("verified", false, "findings", "证据不足")))).isEqualTo(new CorrectionService.Verification(false, "证据不足"));
        assertThat(CorrectionService.Service.read(forms.read("correction-deliver",
                Map.of("servedOn", "2026-11-20", "serviceMethod", "POST"))).method()).isEqualTo("POST");
        assertThat(ConsultationService.Answer.read(forms.read("consultation-answer", Map.of("answer", "答复如下"))))
                .isEqualTo(new ConsultationService.Answer("答复如下", false));
    }

    @Test
    void everyBadFieldIsNamedWithTheFormsOwnLabelLimitAndOptions() {
        Map<String, Object> submitted = Map.of("serviceMethod", "PIGEON", "servedOn", "2026/11/02",
                "serviceNote", "字".repeat(301));
        assertThatThrownBy(() -> Replies.Service.read(forms.read("request-record-delivery", submitted)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        new FieldProblem("serviceMethod", "「送达方式」取值无效「PIGEON」，可选值：DIRECT、AGENT、POST、ELECTRONIC"),
                        new FieldProblem("servedOn", "「送达日期」格式应为 yyyy-MM-dd，收到「2026/11/02」"),
                        new FieldProblem("serviceNote", "「送达说明（如挂号号码、签收人）」不能超过 300 个字")));
        // a select's options come from the form even where the service keeps the value as text
        assertThatThrownBy(() -> CorrectionService.Service.read(forms.read("correction-deliver",
                Map.of("servedOn", "2026-11-20", "serviceMethod", "PIGEON"))))
                .hasMessageContaining("「送达方式」取值无效「PIGEON」，可选值：DIRECT、AGENT、POST、ELECTRONIC");
        // required as the form says; a value of the wrong kind is named
        assertThatThrownBy(() -> RequestIntake.Confirmation.read(forms.read("request-confirm", Map.of("confirmationNote", 42))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        new FieldProblem("confirmed", "「确认结果」必须选择"),
                        new FieldProblem("confirmationNote", "「说明」应为文本")));
    }

    @Test
    void aFieldTheFormDoesNotHaveIsAProgrammingErrorNotAUserError() {
        assertThatThrownBy(() -> forms.read("request-confirm", Map.of()).text("nickname"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("request-confirm has no field nickname");
    }
}
