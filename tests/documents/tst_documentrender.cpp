// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentTestCase.h"
#include "PdfText.h"

#include "documents/DocumentComposer.h"
#include "documents/DocumentRenderer.h"
#include "safety/OutputFile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace samordna;
using namespace documenttest;

class TestDocumentRender : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString render(CaseDocumentKind kind, const CaseRecord &record, const QString &name)
    {
        const CompositionResult result = DocumentComposer().compose(kind, record, today);
        if (!result)
            return {};
        const QString path = m_dir.filePath(name + u".pdf"_s);
        OutputFile output(path);
        QString error;
        if (!output.create(&error) || !DocumentRenderer::writePdf(*result.document, output.device())
            || !output.commit(&error))
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!pdftext::available())
            QSKIP("poppler-utils (pdftotext, pdftoppm) are not installed");
        QVERIFY(QDir().mkpath(QStringLiteral(SAMORDNA_SCREENSHOT_DIR)));
    }

    void pdfShowsWhatTheReaderChecks_data()
    {
        QTest::addColumn<CaseDocumentKind>("kind");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("underlag-7434") << CaseDocumentKind::Underlag7434
                                       << QStringList{u"Basis for the application (form 7434)"_s,
                                                      u"Source"_s,
                                                      u"Rehab-koordinator Eva"_s,
                                                      u"Attach the aktanteckning"_s,
                                                      u"Work capacity reduced because of illness"_s,
                                                      u"29 kap. 2 § SFB"_s,
                                                      u"6 kap. 6 § SFB; 5 kap. 9 § SFB"_s,
                                                      u"040-34 10 00"_s,
                                                      u"Nothing is missing."_s};
        QTest::newRow("sammanfattning-fk")
            << CaseDocumentKind::SammanfattningFk
            << QStringList{u"Summary for Försäkringskassan"_s, u"Back pain since 2019, depression since 2021."_s,
                           u"Work trial at Returen in 2023, ended after six weeks."_s, u"Vårdcentralen Lindängen"_s,
                           u"Pain school at the healthcare centre"_s};
        QTest::newRow("aktanteckning") << CaseDocumentKind::Aktanteckning
                                       << QStringList{u"Aktanteckning: konsultationsteam"_s, u"2025-02-26"_s,
                                                      u"Criteria met"_s, u"work trial at Returen ended early."_s,
                                                      u"Suggested: box"_s};
        QTest::newRow("rehabiliteringsplan") << CaseDocumentKind::Rehabiliteringsplan
                                             << QStringList{u"Summary of the rehabilitation plan"_s,
                                                            u"Work and own support"_s,
                                                            u"Försäkringskassan draws up the rehabilitation plan"_s,
                                                            u"Work trial at the municipal workshop"_s,
                                                            u"Arbetsförmedlingen"_s,
                                                            u"2025-06-30"_s,
                                                            u"Ongoing"_s};
        QTest::newRow("adress-kallelse") << CaseDocumentKind::AdressKallelse
                                         << QStringList{u"Address for invitations"_s,
                                                        u"Stadsområdesförvaltning Söder"_s,
                                                        u"Individ och familj – ekonomiskt bistånd"_s, u"Box 310 65"_s,
                                                        u"200 49 Malmö"_s};
    }
    void pdfShowsWhatTheReaderChecks()
    {
        QFETCH(CaseDocumentKind, kind);
        QFETCH(QStringList, expected);
        const QString code = documentKindCode(kind);
        const QString pdf = render(kind, fullCase(), code);
        QVERIFY(!pdf.isEmpty());

        const QString text = pdftext::textOf(pdf);
        // The header and footer lines carry the case id, the title and the date.
        expected << u"S-000042"_s << u"2025-03-03"_s << u"Anna Andersson"_s << u"19900315-1231"_s
                 << u"Page 1 of %1"_s.arg(pdftext::pageCount(pdf));
        for (const auto &line : expected)
            QVERIFY2(text.contains(line), qPrintable(u"missing \""_s + line + u"\" in: "_s + text));
        // One header a page.
        QCOMPARE(text.count(u"S-000042 · "_s + documentTitle(kind)), pdftext::pageCount(pdf));

        const QString png = QDir(QStringLiteral(SAMORDNA_SCREENSHOT_DIR)).filePath(u"documents_"_s + code);
        QVERIFY(pdftext::pageToPng(pdf, png));
        QVERIFY(QFile::exists(png + u".png"_s));
    }

    void longPlanRunsOverPagesWithNumbers()
    {
        CaseRecord record = fullCase();
        for (int index = 1; index <= 80; ++index)
            record.plan << PlanMeasure{u"Measure number %1"_s.arg(index), Party::AF, QDate(2025, 3, 1),
                                       QDate(2025, 12, 31), MeasureStatus::Planned};
        const QString pdf = render(CaseDocumentKind::Rehabiliteringsplan, record, u"long-plan"_s);
        QVERIFY(!pdf.isEmpty());
        const int pages = pdftext::pageCount(pdf);
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        const QString text = pdftext::textOf(pdf);
        QVERIFY(text.contains(u"Page 2 of %1"_s.arg(pages)));
        // No row is lost at a page break.
        for (int index = 1; index <= 80; ++index)
            QVERIFY(text.contains(u"Measure number %1 "_s.arg(index)));
        // Every page repeats the header with the case id.
        QCOMPARE(text.count(u"S-000042 · Summary of the rehabilitation plan"_s), pages);
        // The second page shows how a table continues after a page break.
        QVERIFY(pdftext::pageToPng(
            pdf, QDir(QStringLiteral(SAMORDNA_SCREENSHOT_DIR)).filePath(u"documents_rehabiliteringsplan_page2"_s), 2));
    }

    void summaryForFkCarriesNoJournalText()
    {
        // What FK reads on paper: the text written for FK, the medical
        // documents and the plan; none of the journal, whose notes hold
        // economic matters and third parties.
        const CaseRecord record = fullCase();
        const QString pdf = render(CaseDocumentKind::SammanfattningFk, record, u"sammanfattning-fk-only-for-fk"_s);
        QVERIFY(!pdf.isEmpty());
        const QString text = pdftext::textOf(pdf);
        QVERIFY2(text.contains(u"Back pain since 2019"_s), qPrintable(text));
        for (const JournalEntry &entry : record.journal)
            QVERIFY2(!text.contains(entry.text.left(20)), qPrintable(u"journal text on the page: "_s + entry.text));
        for (const QString &economic : {u"Försörjningsstöd"_s, u"8 430"_s, u"rent arrears"_s, u"Kalle Karlsson"_s})
            QVERIFY2(!text.contains(economic), qPrintable(economic));
        // Nor the complements' notes, nor a document not come yet.
        QVERIFY(!text.contains(u"Asked the rehab-koordinator"_s));
        QVERIFY(!text.contains(u"Psykiatrin Syd"_s));
    }

    void writeFailsForAnUnwritablePath()
    {
        const auto result = DocumentComposer().compose(CaseDocumentKind::Underlag7434, fullCase(), today);
        QVERIFY(result);
        OutputFile output(u"/nonexistent-folder/x.pdf"_s);
        QString error;
        QVERIFY(!output.create(&error));
        QVERIFY(error.contains(u"/nonexistent-folder/x.pdf"_s));
    }
};

QTEST_MAIN(TestDocumentRender)
#include "tst_documentrender.moc"
