package cn.gongkai.documents;

import org.springframework.http.MediaType;
import static cn.gongkai.system.ChineseDates.DATE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;

/**
 * Lays a letter out as a .docx in the common 公文 format (GB/T 9704-2012): A4, margins 37/35/28/26
 * mm, title in 方正小标宋简体 二号 centred, body in 仿宋_GB2312 三号 with a two-character first-line
 * indent and 28-point lines, issuer and date at the right, page numbers "— 1 —" in the footer.
 * Word and WPS substitute the fonts where they are not installed.
 */
@Component
public class LetterWriter {

    /** The media type of what it writes (and of every .docx the application hands out). */
    public static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String PAGE_FONT = "宋体";
    /** 1 mm in twentieths of a point. */
    private static final double MM = 56.6929;

    public byte[] write(OfficialLetter letter) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            doc.getProperties().getCoreProperties().setTitle(letter.title());
            doc.getProperties().getCoreProperties().setCreator(letter.issuer());

            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingBetween(36, LineSpacingRule.EXACT);
            title.setSpacingAfter(280);
            run(title, letter.title(), TITLE_FONT, 22, false);

            if (letter.reference() != null && !letter.reference().isBlank()) {
                XWPFParagraph reference = doc.createParagraph();
                reference.setAlignment(ParagraphAlignment.CENTER);
                reference.setSpacingBetween(28, LineSpacingRule.EXACT);
                reference.setSpacingAfter(280);
                run(reference, letter.reference(), BODY_FONT, 16, false);
            }

            XWPFParagraph addressee = body(doc);
            addressee.setIndentationFirstLine(0);
            run(addressee, letter.addressee() + "：", BODY_FONT, 16, false);

            for (String text : letter.paragraphs()) {
                run(body(doc), text, BODY_FONT, 16, false);
            }

            XWPFParagraph gap = body(doc);
            run(gap, "", BODY_FONT, 16, false);
            XWPFParagraph issuer = body(doc);
            issuer.setAlignment(ParagraphAlignment.RIGHT);
            issuer.setIndentationRight(640);
            run(issuer, letter.issuer(), BODY_FONT, 16, false);
            XWPFParagraph date = body(doc);
            date.setAlignment(ParagraphAlignment.RIGHT);
            date.setIndentationRight(960);
            run(date, letter.date().format(DATE), BODY_FONT, 16, false);

            pageNumbers(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + letter.title(), e);
        }
    }

    private static XWPFParagraph body(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingBetween(28, LineSpacingRule.EXACT);
        p.setIndentationFirstLine(640);
        return p;
    }

    private static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        String[] lines = text.split("\n", -1);
        XWPFRun run = p.createRun();
        run.setFontFamily(font);
        run.setFontSize(size);
        run.setBold(bold);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(Math.round(37 * MM)));
        margins.setBottom(BigInteger.valueOf(Math.round(35 * MM)));
        margins.setLeft(BigInteger.valueOf(Math.round(28 * MM)));
        margins.setRight(BigInteger.valueOf(Math.round(26 * MM)));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
    }

    private static void pageNumbers(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", PAGE_FONT, 14, false);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        run(p, " —", PAGE_FONT, 14, false);
    }
}
