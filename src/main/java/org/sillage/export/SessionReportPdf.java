package org.sillage.export;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import org.sillage.domain.SessionReport;
import org.sillage.domain.Seeker;
import org.sillage.domain.SupportAction;
import org.sillage.i18n.Messages;

/**
 * A session report as a PDF (OpenPDF, ADR 0024): A4, one font embedded (Liberation Sans, which OpenPDF
 * ships under the SIL Open Font Licence) so that every Latin accent and French punctuation prints, words
 * from the bundles in the report's language. The advisor's notes are not in it: the report is given to the
 * person.
 */
public final class SessionReportPdf {
    /** Liberation Sans Regular, inside OpenPDF's jar; bold is drawn by stroking it. */
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);
    private static final Color MUTED = new Color(0x59, 0x59, 0x59);
    private static final Color RULE = new Color(0xd0, 0xd7, 0xde);
    private static final Color HEAD_FILL = new Color(0xee, 0xf2, 0xf6);
    private static volatile byte[] fontBytes;

    private final Messages m;
    private final java.time.ZoneId zone;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;
    private final Font body;
    private final Font bold;
    private final Font small;
    private final Font title;
    private final Font heading;

    private SessionReportPdf(Messages m, java.time.ZoneId zone, BaseFont base) {
        this.m = m;
        this.zone = zone;
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(m.locale());
        this.shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(m.locale());
        this.body = new Font(base, 10, Font.NORMAL, Color.BLACK);
        this.bold = new Font(base, 10, Font.BOLD, Color.BLACK);
        this.small = new Font(base, 8.5f, Font.NORMAL, MUTED);
        this.title = new Font(base, 18, Font.BOLD, ACCENT);
        this.heading = new Font(base, 12.5f, Font.BOLD, ACCENT);
    }

    /**
     * Writes {@code report} to {@code out} in the language of {@code m}; {@code clock} dates the footer.
     *
     * @throws IOException when {@code out} cannot be written
     */
    public static void write(SessionReport report, Messages m, Clock clock, OutputStream out) throws IOException {
        try {
            new SessionReportPdf(m, clock.getZone(), font()).render(report, LocalDate.now(clock), out);
        } catch (DocumentException e) {
            throw new IOException(e);
        } catch (com.lowagie.text.ExceptionConverter e) {
            throw e.getException() instanceof IOException io ? io : new IOException(e.getException());
        }
    }

    private static BaseFont font() throws IOException, DocumentException {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = SessionReportPdf.class.getClassLoader().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("missing " + FONT));
                }
                bytes = in.readAllBytes();
            }
            fontBytes = bytes;
        }
        return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
    }

    private void render(SessionReport r, LocalDate today, OutputStream out) throws DocumentException {
        Document doc = new Document(PageSize.A4, 50, 50, 50, 60);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        String footer = m.get("report.footer", person(r.seeker()), today.format(longDate));
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_LEFT, new Phrase(footer, small),
                        d.left(), d.bottom() - 25, 0);
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_RIGHT,
                        new Phrase(m.get("report.page", w.getPageNumber()), small), d.right(), d.bottom() - 25, 0);
            }
        });
        doc.addTitle(m.get("report.title") + " — " + person(r.seeker()));
        doc.addCreator("Sillage");
        doc.open();
        writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG,
                new com.lowagie.text.pdf.PdfString(m.locale().toLanguageTag()));
        header(doc, r);
        changes(doc, r);
        applications(doc, r);
        deadlines(doc, r);
        decisions(doc, r);
        actions(doc, r);
        doc.close();
    }

    private void header(Document doc, SessionReport r) throws DocumentException {
        doc.add(new Paragraph(m.get("report.title"), title));
        Seeker s = r.seeker();
        Paragraph who = new Paragraph(person(s), new Font(bold.getBaseFont(), 13, Font.BOLD, Color.BLACK));
        who.setSpacingBefore(6);
        doc.add(who);
        String when = r.session() == null ? m.get("report.day", r.day().format(longDate))
                : r.session().durationMinutes() == null ? m.get("report.session_on", r.day().format(longDate))
                : m.get("report.session_on_for", r.day().format(longDate), r.session().durationMinutes());
        doc.add(new Paragraph(when, body));
        String contact = java.util.stream.Stream.of(s.email(), s.phone()).filter(x -> x != null && !x.isBlank())
                .collect(Collectors.joining(" · "));
        if (!contact.isEmpty()) {
            doc.add(new Paragraph(contact, small));
        }
        if (s.targetJobs() != null) {
            doc.add(new Paragraph(m.get("report.target_jobs", s.targetJobs()), small));
        }
        if (r.session() != null && r.session().reviewed() != null) {
            section(doc, m.get("report.reviewed"));
            doc.add(text(r.session().reviewed()));
        }
    }

    /** The person as the report names them: first and last name when known, else the name they go by. */
    static String person(Seeker s) {
        String full = java.util.stream.Stream.of(s.firstName(), s.lastName()).filter(x -> x != null && !x.isBlank())
                .collect(Collectors.joining(" "));
        return full.isEmpty() ? s.displayName() : full;
    }

    private void changes(Document doc, SessionReport r) throws DocumentException {
        section(doc, r.previous() == null ? m.get("report.changes.first", r.since().format(longDate))
                : m.get("report.changes.since", r.previous().format(longDate)));
        if (r.changes().isEmpty()) {
            doc.add(none(m.get("report.changes.none")));
            return;
        }
        PdfPTable t = table(new float[] {18, 52, 30}, m.get("report.col.date"), m.get("report.col.application"),
                m.get("report.col.change"));
        for (SessionReport.Change c : r.changes()) {
            cell(t, LocalDate.ofInstant(c.at(), zone).format(shortDate));
            cell(t, name(c.title(), c.organization()) + (c.note() == null ? "" : "\n" + c.note()));
            cell(t, c.from() == null ? m.get("report.change.tracked", m.get(c.to().messageKey()))
                    : m.get(c.from().messageKey()) + " → " + m.get(c.to().messageKey()));
        }
        doc.add(t);
    }

    private void applications(Document doc, SessionReport r) throws DocumentException {
        section(doc, m.get("report.applications", r.applications().size()));
        if (r.applications().isEmpty()) {
            doc.add(none(m.get("report.applications.none")));
            return;
        }
        PdfPTable t = table(new float[] {60, 22, 18}, m.get("report.col.application"), m.get("report.col.status"),
                m.get("report.col.applied_on"));
        for (SessionReport.Current c : r.applications()) {
            cell(t, name(c.title(), c.organization()));
            cell(t, m.get(c.status().messageKey()));
            cell(t, c.appliedOn() == null ? "" : c.appliedOn().format(shortDate));
        }
        doc.add(t);
    }

    private void deadlines(Document doc, SessionReport r) throws DocumentException {
        section(doc, m.get("report.deadlines", r.until().format(longDate)));
        if (r.deadlines().isEmpty()) {
            doc.add(none(m.get("report.deadlines.none")));
            return;
        }
        PdfPTable t = table(new float[] {18, 44, 38}, m.get("report.col.date"), m.get("report.col.application"),
                m.get("report.col.missing"));
        for (SessionReport.Deadline d : r.deadlines()) {
            cell(t, d.date().format(shortDate) + (d.time() == null ? "" : " " + d.time()));
            cell(t, name(d.title(), d.organization()));
            cell(t, d.missing().isEmpty() ? m.get("report.missing.none") : d.missing().stream()
                    .map(x -> "• " + (x.label() != null ? x.label() : m.documentKind(x.kind())))
                    .collect(Collectors.joining("\n")));
        }
        doc.add(t);
    }

    private void decisions(Document doc, SessionReport r) throws DocumentException {
        if (r.session() == null) {
            return;
        }
        section(doc, m.get("report.decisions"));
        doc.add(r.session().decisions() == null ? none(m.get("report.decisions.none")) : text(r.session().decisions()));
    }

    private void actions(Document doc, SessionReport r) throws DocumentException {
        if (r.session() != null) {
            section(doc, m.get("report.actions"));
            actionTable(doc, r.actions(), m.get("report.actions.none"));
        }
        if (!r.otherActions().isEmpty() || r.session() == null) {
            section(doc, m.get("report.actions.other"));
            actionTable(doc, r.otherActions(), m.get("report.actions.none"));
        }
    }

    private void actionTable(Document doc, List<SupportAction> actions, String empty) throws DocumentException {
        if (actions.isEmpty()) {
            doc.add(none(empty));
            return;
        }
        PdfPTable t = table(new float[] {50, 18, 16, 16}, m.get("report.col.action"), m.get("report.col.who"),
                m.get("report.col.due"), m.get("report.col.state"));
        for (SupportAction a : actions) {
            cell(t, a.what());
            cell(t, m.get(a.owner().messageKey()));
            cell(t, a.dueOn() == null ? "" : a.dueOn().format(shortDate));
            cell(t, m.get(a.state().messageKey()));
        }
        doc.add(t);
    }

    private String name(String title, String organization) {
        String t = title == null ? m.get("posting.untitled") : title;
        return organization == null ? t : t + " — " + organization;
    }

    private void section(Document doc, String text) throws DocumentException {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(14);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    /**
     * French spacing as typed on a keyboard made unbreakable: a line never starts with « » : ; ! ? nor ends
     * with «.
     */
    static String typeset(String s) {
        return s.replace("« ", "«\u00a0").replace(" »", "\u00a0»").replace(" :", "\u00a0:").replace(" ;", "\u00a0;")
                .replace(" !", "\u00a0!").replace(" ?", "\u00a0?");
    }

    private Paragraph text(String s) {
        Paragraph p = new Paragraph(typeset(s), body);
        p.setLeading(13);
        return p;
    }

    private Paragraph none(String s) {
        return new Paragraph(s, small);
    }

    private PdfPTable table(float[] widths, String... headings) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingBefore(2);
        for (String h : headings) {
            PdfPCell c = new PdfPCell(new Phrase(h, bold));
            c.setBackgroundColor(HEAD_FILL);
            style(c);
            t.addCell(c);
        }
        return t;
    }

    private void cell(PdfPTable t, String text) {
        PdfPCell c = new PdfPCell(new Phrase(typeset(text), body));
        style(c);
        t.addCell(c);
    }

    private static void style(PdfPCell c) {
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(RULE);
        c.setPaddingTop(3);
        c.setPaddingBottom(5);
        c.setPaddingLeft(3);
        c.setPaddingRight(3);
    }
}
