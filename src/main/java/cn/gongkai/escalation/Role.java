package cn.gongkai.escalation;

/** Who a rung of the ladder tells. */
public enum Role {
    /** The people holding the matter's task: its assignee, else the candidate groups' members. */
    HOLDERS("经办人"),
    /** The head of the division handling the matter (the disclosure office's head when no division has it). */
    DIVISION_HEAD("处室负责人"),
    OFFICE_HEAD("公开办负责人"),
    SUPERVISORS("督查人员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
