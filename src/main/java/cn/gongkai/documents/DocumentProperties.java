package cn.gongkai.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the agency's letters say about remedies and payment.
 *
 * @param reconsiderationBody where the applicant may apply for administrative reconsideration
 *        (行政复议机关); for a provincial department, the provincial people's government
 * @param feePaymentInstructions how to pay an information-processing fee (account, counter, receipt)
 * @param contact the disclosure office's address and telephone, printed on every letter
 */
@ConfigurationProperties("gongkai.documents")
public record DocumentProperties(
        @DefaultValue("自治区人民政府") String reconsiderationBody,
        @DefaultValue("请按本机关财务部门提供的缴款方式缴纳，缴入国库，本机关开具财政票据") String feePaymentInstructions,
        @DefaultValue("") String contact) {
}
