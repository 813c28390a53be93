package cn.gongkai.clock;

/** The events of an application that move its statutory clock. */
public enum ClockEventType {
    RECEIVED("收到申请"),
    SUPPLEMENT_REQUESTED("发出补正告知"),
    SUPPLEMENT_RECEIVED("收到补正材料"),
    CONSULTATION_OPENED("开始征求意见"),
    CONSULTATION_CLOSED("征求意见结束"),
    EXTENSION_GRANTED("延长答复期限"),
    DELAY_SET("确定延迟答复期限"),
    FEE_NOTICE_SENT("收费通知送达"),
    FEE_PAID("缴纳信息处理费"),
    REPLIED("作出答复"),
    SERVED("答复送达");

    private final String label;

    ClockEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
