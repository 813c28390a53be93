-- What staff write and enter for a year's annual report: the narrative parts (一, 五, 六) and the
-- figures that come from other systems (section 二 blocks 2-4, repeals). Entered and approved
-- through the annual-report process; Camunda's history keeps every change.
CREATE TABLE annual_report_entry (
    report_year           INTEGER       PRIMARY KEY,
    overview              VARCHAR(10000),
    problems              VARCHAR(10000),
    other_matters         VARCHAR(10000),
    licensing             INTEGER,
    penalties             INTEGER,
    enforcement           INTEGER,
    fees_ten_thousand     NUMERIC(14, 4),
    regulations_repealed  INTEGER,
    normative_repealed    INTEGER,
    status                VARCHAR(20)   NOT NULL,
    updated_by            VARCHAR(100),
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_by           VARCHAR(100),
    approved_at           TIMESTAMP WITH TIME ZONE
);
