package cn.gongkai.screening;

import java.util.List;

/** What the pre-screen found, and its report for the reviewer. */
public record ScreeningResult(List<Finding> findings) {

    /** Longest report kept; the process variable holding it must stay under 4,000 characters. */
    static final int MAX_REPORT_LENGTH = 3800;

    public ScreeningResult {
        findings = List.copyOf(findings);
    }

    public boolean clean() {
        return findings.isEmpty();
    }

    /** The report shown to the confidentiality reviewer, in Chinese. */
    public String report() {
        if (findings.isEmpty()) {
            return "自动预审未发现密级标志、内部事项提示、个人信息（身份证号、手机号、银行卡号）或敏感词。\n"
                    + "自动预审只作提示，请审查人逐项人工审查后作出结论。";
        }
        StringBuilder sb = new StringBuilder("自动预审发现 " + findings.size()
                + " 处需要核实的内容（只作提示，请审查人人工审查后作出结论）：\n");
        int shown = 0;
        for (Finding f : findings) {
            String line = (shown + 1) + ". 【" + f.kind().label() + "】" + f.field() + "第 " + f.line() + " 行：“"
                    + f.excerpt() + "”\n";
            if (sb.length() + line.length() > MAX_REPORT_LENGTH - 40) {
                sb.append("……另有 ").append(findings.size() - shown).append(" 处未列出，请审查全文。\n");
                break;
            }
            sb.append(line);
            shown++;
        }
        return sb.toString().stripTrailing();
    }
}
